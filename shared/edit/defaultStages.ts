import type { Stage } from '../model/journeyMap';

/** Where a stage stands against the organisation: before it meets the customer, while it serves them, or after. */
export type StagePhase = 'before' | 'during' | 'after';

/** One stage of the default shape. */
export interface DefaultStage {
  readonly title: string;
  readonly phase: StagePhase;
}

/**
 * The stages a new map starts with: the whole of the customer's journey, not only the part the
 * organisation runs, so the stretches before and after it have a place on the map from the start.
 */
export const DEFAULT_STAGE_SHAPE: readonly DefaultStage[] = [
  { title: 'Need', phase: 'before' },
  { title: 'Explore', phase: 'before' },
  { title: 'Choose', phase: 'during' },
  { title: 'Buy', phase: 'during' },
  { title: 'Onboard', phase: 'during' },
  { title: 'Use', phase: 'after' },
  { title: 'Get help', phase: 'after' },
  { title: 'Renew or leave', phase: 'after' },
];

/** How many columns each default stage spans: room for a step or two before the person resizes it. */
export const DEFAULT_STAGE_COLUMNS = 2;

/**
 * The default stages as ordinary stages, side by side from column 0. Their ids (`stage-1` …) are
 * the ones Add stage would have given, so stages added later number on from them.
 */
export function defaultStages(): Stage[] {
  return DEFAULT_STAGE_SHAPE.map(({ title }, index) => ({
    id: `stage-${index + 1}`,
    title,
    fromColumn: index * DEFAULT_STAGE_COLUMNS,
    toColumn: index * DEFAULT_STAGE_COLUMNS + DEFAULT_STAGE_COLUMNS - 1,
  }));
}
