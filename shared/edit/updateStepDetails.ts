import { followPainPoints, keepVoteTargets } from './voteTargets';
import type { JourneyMap, Step } from '../model/journeyMap';
import { EMOTION_MAX, EMOTION_MIN, EVIDENCE_LEVELS, type Evidence, type StepData } from '../model/stepDetails';
import { updateStep } from './steps';
import { putOptionalText, textOrNothing } from './optionalText';

/** A change to a step's figures; `null` or `''` clears one. */
export interface StepDataPatch {
  readonly customersPerMonth?: number | null;
  readonly duration?: string;
  readonly satisfaction?: number | null;
}

/**
 * A change to the method's fields of a step. A field left out stays as it is; an emptied one
 * (`null`, `''`, `false`, an empty list) is removed from the step, so a file carries only what
 * was filled in.
 */
export interface StepDetailsPatch {
  readonly emotion?: number | null;
  readonly momentThatMatters?: boolean;
  /** Blank lines are dropped; the others are kept as typed. */
  readonly painPoints?: readonly string[];
  /** Trimmed; blank and repeated channels (ignoring case) are dropped. */
  readonly channels?: readonly string[];
  readonly evidence?: Evidence | null;
  readonly data?: StepDataPatch;
  readonly owner?: string;
  readonly system?: string;
  readonly duration?: string;
}

type Changes = Record<string, unknown>;

/**
 * Sets or clears the method's fields of a step. A value the file format would refuse (an emotion
 * outside −2…+2 or not whole, a satisfaction outside 0…10, a negative count) is ignored. The same
 * map comes back when nothing changes, so no empty undo step is made.
 */
export function updateStepDetails(map: JourneyMap, stepId: string, patch: StepDetailsPatch): JourneyMap {
  const step = map.steps.find((candidate) => candidate.id === stepId);
  if (!step) return map;
  const changes: Changes = {};
  const put = (key: keyof Step, value: unknown): void => {
    if (!sameValue(step[key], value)) changes[key] = value;
  };

  if (patch.emotion !== undefined) {
    if (patch.emotion === null) put('emotion', undefined);
    else if (Number.isInteger(patch.emotion) && patch.emotion >= EMOTION_MIN && patch.emotion <= EMOTION_MAX) put('emotion', patch.emotion);
  }
  if (patch.momentThatMatters !== undefined) put('momentThatMatters', patch.momentThatMatters ? true : undefined);
  if (patch.painPoints !== undefined) put('painPoints', listOrNothing(patch.painPoints.filter((line) => line.trim() !== '')));
  if (patch.channels !== undefined) put('channels', listOrNothing(distinctChannels(patch.channels)));
  if (patch.evidence !== undefined) {
    if (patch.evidence === null) put('evidence', undefined);
    else if (EVIDENCE_LEVELS.includes(patch.evidence)) put('evidence', patch.evidence);
  }
  if (patch.data !== undefined) put('data', nextData(step.data, patch.data));
  for (const key of ['owner', 'system', 'duration'] as const) {
    const value = patch[key];
    if (value !== undefined) put(key, textOrNothing(value));
  }
  if (Object.keys(changes).length === 0) return map;
  // A pain point taken out takes the dots cast on it, and those below it keep theirs as they move
  // up; any other change of the list leaves the dots by place, dropping those past its end.
  const updated = updateStep(map, stepId, changes);
  const moved = 'painPoints' in changes ? followPainPoints(updated, stepId, step.painPoints ?? [], (changes.painPoints as readonly string[] | undefined) ?? []) : updated;
  return keepVoteTargets(moved);
}

/** The figures after a change, keeping fields this version does not know; undefined when none is left. */
function nextData(data: StepData | undefined, patch: StepDataPatch): StepData | undefined {
  const next: Record<string, unknown> = { ...data };
  const { customersPerMonth, duration, satisfaction } = patch;
  if (customersPerMonth === null) delete next.customersPerMonth;
  else if (customersPerMonth !== undefined && Number.isSafeInteger(customersPerMonth) && customersPerMonth >= 0) next.customersPerMonth = customersPerMonth;
  if (duration !== undefined) putOptionalText(next, 'duration', duration);
  if (satisfaction === null) delete next.satisfaction;
  else if (satisfaction !== undefined && Number.isFinite(satisfaction) && satisfaction >= 0 && satisfaction <= 10) next.satisfaction = satisfaction;
  return Object.keys(next).length === 0 ? undefined : (next as StepData);
}

function distinctChannels(channels: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const channel of channels) {
    const name = channel.trim();
    const key = name.toLocaleLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(name);
  }
  return kept;
}

const listOrNothing = (list: readonly string[]): readonly string[] | undefined => (list.length === 0 ? undefined : list);

// Lists and the figures are compared by content: a patch that writes back what the step holds is no change.
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
