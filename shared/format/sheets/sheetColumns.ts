/** One column of a sheet layout: the field it fills, its header as Outside-In writes it, and other headers people use for it. */
export interface SheetColumn<Field extends string> {
  readonly field: Field;
  readonly header: string;
  readonly aliases: readonly string[];
}

/** What a column of the steps sheet holds. */
export type StepField =
  | 'stage'
  | 'lane'
  | 'laneKind'
  | 'persona'
  | 'laneOwner'
  | 'column'
  | 'span'
  | 'title'
  | 'emotion'
  | 'momentThatMatters'
  | 'painPoints'
  | 'channels'
  | 'evidence'
  | 'customersPerMonth'
  | 'satisfaction'
  | 'duration'
  | 'owner'
  | 'system'
  | 'stepId'
  | 'laneId';

/** The steps sheet, one row per step, in the order Outside-In writes its columns (README, Spreadsheets). */
export const STEP_COLUMNS: readonly SheetColumn<StepField>[] = [
  { field: 'stage', header: 'Stage', aliases: ['phase', 'journey stage'] },
  { field: 'lane', header: 'Lane', aliases: ['swimlane', 'swim lane', 'lane title'] },
  { field: 'laneKind', header: 'Lane kind', aliases: ['kind', 'lane type'] },
  { field: 'persona', header: 'Persona', aliases: [] },
  { field: 'laneOwner', header: 'Lane owner', aliases: [] },
  { field: 'column', header: 'Column', aliases: ['col'] },
  { field: 'span', header: 'Span', aliases: ['columns'] },
  { field: 'title', header: 'Title', aliases: ['step', 'step title', 'what happens'] },
  { field: 'emotion', header: 'Emotion', aliases: ['feeling'] },
  { field: 'momentThatMatters', header: 'Moment that matters', aliases: ['moment of truth', 'mtm'] },
  { field: 'painPoints', header: 'Pain points', aliases: ['pain point', 'pains'] },
  { field: 'channels', header: 'Channels', aliases: ['channel'] },
  { field: 'evidence', header: 'Evidence', aliases: ['evidence status'] },
  { field: 'customersPerMonth', header: 'Customers per month', aliases: ['customers a month', 'volume'] },
  { field: 'satisfaction', header: 'Satisfaction', aliases: [] },
  { field: 'duration', header: 'Duration', aliases: ['time'] },
  { field: 'owner', header: 'Owner', aliases: ['step owner', 'role'] },
  { field: 'system', header: 'System', aliases: ['tool'] },
  { field: 'stepId', header: 'Step id', aliases: ['id'] },
  { field: 'laneId', header: 'Lane id', aliases: [] },
];

/** What a column of the second sheet holds: one row each for the map, a stage, a persona, an opportunity. */
export type DetailField = 'kind' | 'id' | 'name' | 'description' | 'goals' | 'frustrations' | 'colour' | 'status' | 'owner' | 'due' | 'about' | 'stepId' | 'fromColumn' | 'toColumn' | 'client' | 'author';

/** The second sheet (or second CSV file), in Outside-In's order. */
export const DETAIL_COLUMNS: readonly SheetColumn<DetailField>[] = [
  { field: 'kind', header: 'Kind', aliases: ['type'] },
  { field: 'id', header: 'Id', aliases: [] },
  { field: 'name', header: 'Name', aliases: ['title'] },
  { field: 'description', header: 'Description', aliases: [] },
  { field: 'goals', header: 'Goals', aliases: [] },
  { field: 'frustrations', header: 'Frustrations', aliases: [] },
  { field: 'colour', header: 'Colour', aliases: ['color'] },
  { field: 'status', header: 'Status', aliases: [] },
  { field: 'owner', header: 'Owner', aliases: [] },
  { field: 'due', header: 'Due', aliases: ['due date'] },
  { field: 'about', header: 'About', aliases: ['target'] },
  { field: 'stepId', header: 'Step id', aliases: [] },
  { field: 'fromColumn', header: 'From column', aliases: [] },
  { field: 'toColumn', header: 'To column', aliases: [] },
  { field: 'client', header: 'Client', aliases: [] },
  { field: 'author', header: 'Author', aliases: [] },
];

/** The kinds of row of the second sheet, as written. */
export const DETAIL_KINDS = { map: 'Map', stage: 'Stage', persona: 'Persona', opportunity: 'Opportunity' } as const;

/** A header as compared: any case, spacing and a byte-order mark (Excel's CSV) ignored. */
export const headerKey = (header: string): string => header.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();

/** Which column of `columns` each header names (by header or alias), or null for a header Outside-In does not read. */
export function matchHeaders<Field extends string>(headers: readonly string[], columns: readonly SheetColumn<Field>[]): (Field | null)[] {
  const byKey = new Map<string, Field>();
  for (const column of columns) for (const name of [column.header, ...column.aliases]) byKey.set(headerKey(name), column.field);
  return headers.map((header) => byKey.get(headerKey(header)) ?? null);
}
