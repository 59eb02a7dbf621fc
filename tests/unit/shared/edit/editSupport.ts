import { expect } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import { lastColumnOf, type JourneyMap, type Lane, type LaneKind, type Stage, type Step } from '../../../../shared/model/journeyMap';

export const lane = (id: string, kind: LaneKind, extra: Record<string, unknown> = {}): Lane => ({ id, kind, title: `Lane ${id}`, ...extra });
export const step = (id: string, laneId: string, column: number, span = 1, extra: Record<string, unknown> = {}): Step => ({ id, laneId, title: `Step ${id}`, column, span, ...extra });
export const stage = (id: string, fromColumn: number, toColumn: number, extra: Record<string, unknown> = {}): Stage => ({ id, title: `Stage ${id}`, fromColumn, toColumn, ...extra });

export function mapOf(lanes: Lane[], steps: Step[] = [], stages: Stage[] = []): JourneyMap {
  return { id: 'm', title: 'Map', lanes, steps, stages };
}

/** A customer journey of four moments, one claims step straddling moments 1 and 2, a stage over 1–2. */
export function claimMap(): JourneyMap {
  return mapOf(
    [lane('cust', 'journey'), lane('friends', 'context'), lane('claims', 'process'), lane('repair', 'process')],
    [step('s1', 'cust', 0), step('s2', 'cust', 1), step('s3', 'cust', 2), step('s4', 'cust', 3), step('p1', 'claims', 1, 2), step('p2', 'repair', 3)],
    [stage('buy', 1, 2)],
  );
}

/** Where each step sits, as `lane first..last`, so a test reads like the map on screen. */
export function placesOf(map: JourneyMap): Record<string, string> {
  return Object.fromEntries(map.steps.map((s) => [s.id, `${s.laneId} ${s.column}..${lastColumnOf(s)}`]));
}

/** Each stage's columns, as `first..last`. */
export function stagesOf(map: JourneyMap): Record<string, string> {
  return Object.fromEntries(map.stages.map((s) => [s.id, `${s.fromColumn}..${s.toColumn}`]));
}

/** Fails unless the map saves and loads again: unique ids, lanes exist, columns in range. */
export function expectValid(map: JourneyMap): void {
  const result = parse(serialise(map));
  if (!result.ok) expect.fail(`the map does not load after saving: ${JSON.stringify(result.problems)}`);
}

/** Freezes a map and everything in it, so an operation that writes to its input throws. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}
