import { z } from 'zod';
import { LANE_KINDS } from '../model/journeyMap';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '../model/opportunity';
import { EMOTION_MAX, EMOTION_MIN, EVIDENCE_LEVELS, type Evidence } from '../model/stepDetails';

// Loose objects: fields this version does not know are kept, so a file from a newer minor version
// round-trips without losing data (README, The .journey file).

const id = z.string().min(1);
const title = z.string().default('');
const columnIndex = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const texts = z.array(z.string());
const count = z.number().min(0).max(Number.MAX_SAFE_INTEGER);

export const laneSchema = z.looseObject({
  id,
  kind: z.enum(LANE_KINDS as readonly ['journey', 'process', 'context']),
  title,
  personaId: id.optional(),
  showEmotionCurve: z.boolean().optional(),
  owner: z.string().optional(),
});

// The method's fields (issue: personas, emotion, pain points, data…) are all optional: a v1 file
// with only lanes and steps stays valid forever.
const stepDataSchema = z.looseObject({
  customersPerMonth: count.optional(),
  duration: z.string().optional(),
  satisfaction: z.number().min(0).max(10).optional(),
});

export const stepSchema = z.looseObject({
  id,
  laneId: id,
  title,
  column: columnIndex,
  span: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).default(1),
  emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).optional(),
  painPoints: texts.optional(),
  momentThatMatters: z.boolean().optional(),
  channels: texts.optional(),
  evidence: z.enum(EVIDENCE_LEVELS as readonly [Evidence, ...Evidence[]]).optional(),
  data: stepDataSchema.optional(),
  owner: z.string().optional(),
  system: z.string().optional(),
  duration: z.string().optional(),
});

export const personaSchema = z.looseObject({
  id,
  name: z.string().default(''),
  description: z.string().optional(),
  goals: texts.optional(),
  frustrations: texts.optional(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
});

export const opportunitySchema = z.looseObject({
  id,
  title,
  target: z.discriminatedUnion('kind', [z.looseObject({ kind: z.literal('gap'), stepId: id }), z.looseObject({ kind: z.literal('step'), stepId: id })]).optional(),
  status: z.enum(OPPORTUNITY_STATUSES as readonly [OpportunityStatus, ...OpportunityStatus[]]).default('idea'),
  description: z.string().optional(),
  owner: z.string().optional(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
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
  client: z.string().optional(),
  author: z.string().optional(),
  personas: z.array(personaSchema).optional(),
  opportunities: z.array(opportunitySchema).optional(),
  stages: z.array(stageSchema).default([]),
  lanes: z.array(laneSchema),
  steps: z.array(stepSchema),
});
