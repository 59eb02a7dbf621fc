import { z } from 'zod';
import { LANE_KINDS } from '../model/journeyMap';
import { LAST_COLUMN, limitWords, MAP_LIMITS } from '../model/limits';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '../model/opportunity';
import { EMOTION_MAX, EMOTION_MIN, EVIDENCE_LEVELS, type Evidence } from '../model/stepDetails';

// Loose objects: fields this version does not know are kept, so a file from a newer minor version
// round-trips without losing data (README, The .journey file).

const L = MAP_LIMITS;

// Each bound says itself in the loader's message, so a person knows what the file broke.
const id = z.string().min(1).max(L.titleLength, `is longer than ${limitWords(L.titleLength)} characters, the most an id may have`);
const shortText = z.string().max(L.titleLength, `is longer than ${limitWords(L.titleLength)} characters, the most a title or name may have`);
const title = shortText.default('');
const text = z.string().max(L.textLength, `is longer than ${limitWords(L.textLength)} characters, the most a text may have`);
const columnIndex = z.number().int().min(0).max(LAST_COLUMN, `is beyond column ${limitWords(L.columns)}, the last a map may have (counted from 0, that is ${limitWords(LAST_COLUMN)})`);
const listOf = <T extends z.ZodType>(item: T, limit: number, what: string) => z.array(item).max(limit, `has more than ${limitWords(limit)} ${what}, the most a map may have`);

const texts = z.array(text).max(L.listEntries, `has more than ${limitWords(L.listEntries)} entries, the most a list may have`);
const count = z.number().min(0).max(Number.MAX_SAFE_INTEGER);

// Where an imported lane or step came from; a kind this version does not know is refused rather
// than guessed at, the fields it does not know are kept.
const sourceSchema = z.looseObject({ kind: z.literal('bpmn'), id, file: shortText.min(1) });

export const laneSchema = z.looseObject({
  id,
  kind: z.enum(LANE_KINDS as readonly ['journey', 'process', 'context']),
  title,
  personaId: id.optional(),
  showEmotionCurve: z.boolean().optional(),
  owner: text.optional(),
  source: sourceSchema.optional(),
});

// The method's fields (issue: personas, emotion, pain points, data…) are all optional: a v1 file
// with only lanes and steps stays valid forever.
const stepDataSchema = z.looseObject({
  customersPerMonth: count.optional(),
  duration: text.optional(),
  satisfaction: z.number().min(0).max(10).optional(),
});

export const stepSchema = z.looseObject({
  id,
  laneId: id,
  title,
  column: columnIndex,
  span: z.number().int().min(1).max(L.columns, `is wider than the ${limitWords(L.columns)} columns a map may have`).default(1),
  emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).optional(),
  painPoints: texts.optional(),
  momentThatMatters: z.boolean().optional(),
  channels: texts.optional(),
  evidence: z.enum(EVIDENCE_LEVELS as readonly [Evidence, ...Evidence[]]).optional(),
  data: stepDataSchema.optional(),
  owner: text.optional(),
  system: text.optional(),
  duration: text.optional(),
  source: sourceSchema.optional(),
}).refine((step) => step.column + step.span <= L.columns, {
  path: ['span'],
  message: `reaches beyond column ${limitWords(L.columns)}, the last a map may have`,
});

export const personaSchema = z.looseObject({
  id,
  name: shortText.default(''),
  description: text.optional(),
  goals: texts.optional(),
  frustrations: texts.optional(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
});

export const opportunitySchema = z.looseObject({
  id,
  title,
  target: z.discriminatedUnion('kind', [z.looseObject({ kind: z.literal('gap'), stepId: id }), z.looseObject({ kind: z.literal('step'), stepId: id })]).optional(),
  status: z.enum(OPPORTUNITY_STATUSES as readonly [OpportunityStatus, ...OpportunityStatus[]]).default('idea'),
  description: text.optional(),
  owner: text.optional(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const stageSchema = z.looseObject({
  id,
  title,
  fromColumn: columnIndex,
  toColumn: columnIndex,
});

export const noteSchema = z.looseObject({
  id,
  text,
  author: shortText.optional(),
});

const voteTargetSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('step'), stepId: id }),
  z.looseObject({ kind: z.literal('gap'), stepId: id }),
  z.looseObject({ kind: z.literal('painPoint'), stepId: id, index: z.number().int().min(0).max(L.listEntries - 1) }),
  z.looseObject({ kind: z.literal('opportunity'), opportunityId: id }),
]);

export const voteSchema = z
  .looseObject({
    id,
    question: shortText.default(''),
    dotsPerPerson: z.number().int().min(1).max(L.dotsPerPerson),
    people: z.number().int().min(1).max(L.votePeople),
    revealed: z.boolean().default(false),
    dots: z.array(z.looseObject({ target: voteTargetSchema, count: z.number().int().min(1) })).max(L.steps).default([]),
  })
  .refine((vote) => vote.dots.reduce((sum, entry) => sum + entry.count, 0) <= vote.dotsPerPerson * vote.people, {
    path: ['dots'],
    message: 'holds more dots than the people voting had',
  });

/** The `map` object of a `.journey` file, as of the current version; its `snapshots` are read apart (snapshots.ts), each from its own version. */
export const mapSchema = z.looseObject({
  id,
  title,
  client: shortText.optional(),
  author: shortText.optional(),
  personas: listOf(personaSchema, L.personas, 'personas').optional(),
  opportunities: listOf(opportunitySchema, L.opportunities, 'opportunities').optional(),
  notes: listOf(noteSchema, L.notes, 'notes').optional(),
  votes: listOf(voteSchema, L.votes, 'votes').optional(),
  stages: listOf(stageSchema, L.stages, 'stages').default([]),
  lanes: listOf(laneSchema, L.lanes, 'lanes'),
  steps: listOf(stepSchema, L.steps, 'steps'),
});

/**
 * The map without its steps checked one by one (they are counted, and must be a list): the steps
 * of a large map are checked apart (validateMap.ts), so a file of 100,000 broken steps stops at the
 * first problems instead of piling up a problem per step.
 */
export const mapShellSchema = mapSchema.extend({ steps: listOf(z.unknown(), L.steps, 'steps') });
