import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import { CURRENT_VERSION } from '../../../../shared/format/version';
import { MAP_LIMITS } from '../../../../shared/model/limits';
import { loaded, problemsOf } from '../../support/fixtures';

const inner = {
  id: 'm',
  title: 'As-is',
  lanes: [
    { id: 'cust', kind: 'journey', title: 'Customer' },
    { id: 'ops', kind: 'process', title: 'Operations' },
  ],
  steps: [
    { id: 's1', laneId: 'cust', title: 'Looks around', column: 0 },
    { id: 'p1', laneId: 'ops', title: 'Answers', column: 1 },
  ],
};

const file = (snapshots: unknown, version = CURRENT_VERSION): string =>
  JSON.stringify({ format: 'outside-in.journey', version, map: { ...inner, title: 'To-be', snapshots } });

const snapshot = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({ id: 'snap-1', name: 'As-is, workshop 1', createdAt: '2026-12-06T10:00:00.000Z', version: CURRENT_VERSION, map: inner, ...fields });

describe('snapshots in the file', () => {
  it('reads a snapshot with its map, and writes it back byte for byte', () => {
    const map = loaded(parse(file([snapshot()])));
    expect(map.snapshots).toHaveLength(1);
    expect(map.snapshots![0]!.name).toBe('As-is, workshop 1');
    expect(map.snapshots![0]!.map.steps.map((step) => step.span)).toEqual([1, 1]);
    const text = serialise(map);
    expect(serialise(loaded(parse(text)))).toBe(text);
    expect(JSON.parse(text).map.snapshots[0].version).toBe(CURRENT_VERSION);
  });

  it('keeps the fields it does not know, on the snapshot and inside its map', () => {
    const map = loaded(parse(file([snapshot({ colour: 'teal', map: { ...inner, futureField: [1, 2] } })])));
    const text = serialise(map);
    const back = JSON.parse(text).map.snapshots[0];
    expect(back.colour).toBe('teal');
    expect(back.map.futureField).toEqual([1, 2]);
  });

  it('a file without snapshots writes none', () => {
    const text = serialise(loaded(parse(JSON.stringify({ format: 'outside-in.journey', version: 2, map: inner }))));
    expect(JSON.parse(text).map).not.toHaveProperty('snapshots');
  });

  it('refuses a snapshot saved by a newer version, naming it and both versions', () => {
    const [problem] = problemsOf(parse(file([snapshot({ version: CURRENT_VERSION + 1 })])));
    expect(problem!.path).toBe('$.map.snapshots[0].version');
    expect(problem!.message).toContain('"As-is, workshop 1"');
    expect(problem!.message).toContain(`version ${CURRENT_VERSION + 1}`);
    expect(problem!.message).toContain(`(version ${CURRENT_VERSION})`);
  });

  it('migrates an older snapshot on its own: a version 1 lane persona becomes a persona', () => {
    const old = { ...inner, lanes: [{ ...inner.lanes[0], persona: 'Homeowner' }, inner.lanes[1]] };
    const map = loaded(parse(file([snapshot({ version: 1, map: old })])));
    const lane = map.snapshots![0]!.map.lanes[0]!;
    expect(lane.personaId).toBeDefined();
    expect(map.snapshots![0]!.map.personas?.[0]?.name).toBe('Homeowner');
  });

  it("reports a broken snapshot map with the snapshot's path and name", () => {
    const broken = { ...inner, steps: [{ ...inner.steps[0], laneId: 'nowhere' }] };
    const [problem] = problemsOf(parse(file([snapshot({ map: broken })])));
    expect(problem!.path).toBe('$.map.snapshots[0].map.steps[0].laneId');
    expect(problem!.message).toMatch(/^In snapshot "As-is, workshop 1": /);
  });

  it("refuses a snapshot holding snapshots, twice the same id, or a list that is not one", () => {
    expect(problemsOf(parse(file([snapshot({ map: { ...inner, snapshots: [] } })])))[0]!.message).toContain('holds snapshots of its own');
    expect(problemsOf(parse(file([snapshot(), snapshot()])))[0]!.path).toBe('$.map.snapshots[1].id');
    expect(problemsOf(parse(file({})))[0]!.message).toContain('must be a list');
  });

  it('holds the bounds: a count and the steps of all snapshots together', () => {
    const many = Array.from({ length: MAP_LIMITS.snapshots + 1 }, (_, i) => snapshot({ id: `s${i}` }));
    expect(problemsOf(parse(file(many)))[0]!.message).toContain(`at most ${MAP_LIMITS.snapshots}`);
    const steps = Array.from({ length: MAP_LIMITS.snapshotSteps / 2 + 1 }, (_, i) => ({ id: `x${i}`, laneId: 'cust', title: '', column: 0 }));
    const big = [snapshot({ id: 'a', map: { ...inner, steps } }), snapshot({ id: 'b', map: { ...inner, steps } })];
    expect(problemsOf(parse(file(big)))[0]!.message).toContain('200,000');
  });
});
