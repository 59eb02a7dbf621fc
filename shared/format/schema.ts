import { z } from 'zod';
import { LANE_KINDS } from '../model/journeyMap';

// Loose objects: fields this version does not know are kept, so a file from a newer minor version
// round-trips without losing data (DESIGN.md, file format).

const id = z.string().min(1);
const title = z.string().default('');
const columnIndex = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const laneSchema = z.looseObject({
  id,
  kind: z.enum(LANE_KINDS as readonly ['journey', 'process', 'context']),
  title,
});

export const stepSchema = z.looseObject({
  id,
  laneId: id,
  title,
  column: columnIndex,
  span: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).default(1),
});

export const stageSchema = z.looseObject({
  id,
  title,
  fromColumn: columnIndex,
  toColumn: columnIndex,
});

/** The `map` object of a `.journey` file, as of the current version. */
export const mapSchema = z.looseObject({
  id,
  title,
  stages: z.array(stageSchema).default([]),
  lanes: z.array(laneSchema),
  steps: z.array(stepSchema),
});
