import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import { MAP_LIMITS } from '../../../../shared/model/limits';

const file = (map: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'outside-in.journey', version: 2, ...extra, map: { id: 'm', title: 'Map', lanes: [{ id: 'j', kind: 'journey', title: 'Customer' }], steps: [], ...map } });

const problemsOf = (text: string) => {
  const result = parse(text);
  if (result.ok) throw new Error('The file was expected to be refused.');
  return result.problems;
};

describe('the bounds of a map', () => {
  it('refuses a step past the last column, naming the limit and the step', () => {
    const [problem] = problemsOf(file({ steps: [{ id: 'far', laneId: 'j', title: 'Far', column: 100_000_000, span: 1 }] }));
    expect(problem!.path).toBe('$.map.steps[0].column');
    expect(problem!.message).toContain('100,000');
    expect(problem!.message).toContain('step "far"');
  });

  it('refuses a step whose span reaches past the last column', () => {
    const [problem] = problemsOf(file({ steps: [{ id: 'wide', laneId: 'j', title: 'Wide', column: 99_990, span: 20 }] }));
    expect(problem!.path).toBe('$.map.steps[0].span');
    expect(problem!.message).toMatch(/reaches beyond column 100,000/);
  });

  it('accepts a map at its limits: a step in the last column, spanning to it', () => {
    expect(parse(file({ steps: [{ id: 'last', laneId: 'j', title: 'Last', column: MAP_LIMITS.columns - 2, span: 2 }] })).ok).toBe(true);
  });

  it('refuses more steps than a map may hold, and a title longer than one may be', () => {
    const steps = Array.from({ length: MAP_LIMITS.steps + 1 }, (_, index) => ({ id: `s${index}`, laneId: 'j', title: '', column: 0, span: 1 }));
    expect(problemsOf(file({ steps }))[0]!.message).toContain('more than 100,000 steps');
    expect(problemsOf(file({ title: 'x'.repeat(MAP_LIMITS.titleLength + 1) }))[0]!.message).toContain('2,000 characters');
  });

  it('quotes at most a short piece of what it found, however long', () => {
    const huge = 'd'.repeat(10_000_000);
    const problems = problemsOf(file({ lanes: [{ id: huge.slice(0, 1000), kind: 'journey', title: 'A' }, { id: huge.slice(0, 1000), kind: 'process', title: 'B' }] }));
    for (const problem of problems) expect(problem.message.length).toBeLessThan(300);
  });

  it('refuses nesting deeper than a map needs, with where, instead of a file that loads and cannot be saved', () => {
    // Written as text: building it as an object and stringifying it would itself overflow the stack.
    const deep = `${'{"deeper":'.repeat(5_000)}"bottom"${'}'.repeat(5_000)}`;
    const [problem] = problemsOf(file({}, { extra: 'DEEP' }).replace('"DEEP"', deep));
    expect(problem!.message).toMatch(/deeper than 32 levels/);
    expect(problem!.path.startsWith('$.extra.deeper')).toBe(true);
  });

  it('keeps an unknown field named __proto__ on load and save, without touching any prototype', () => {
    const text = file({ steps: [{ id: 's', laneId: 'j', title: 'S', column: 0, span: 1, __proto__: { polluted: true } }] }).replace('"steps":[{', '"steps":[{"__proto__":{"polluted":true},');
    const loaded = parse(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const step = loaded.value.steps[0]! as unknown as Record<string, unknown>;
    expect(Object.getOwnPropertyNames(step)).toContain('__proto__');
    expect(Object.getPrototypeOf(step)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const saved = serialise(loaded.value);
    expect(saved).toContain('"__proto__": {');
    expect(parse(saved)).toEqual(loaded);
  });

  it('keeps a field named __proto__ in its place among the fields around it', () => {
    const text = serialise({ id: 'm', title: 'Map', stages: [], lanes: [{ id: 'j', kind: 'journey', title: 'Customer' }], steps: [{ id: 's', laneId: 'j', title: 'S', column: 0, span: 1, extra: JSON.parse('{"__proto__": 1, "after": 2}') }] } as never);
    const loaded = parse(text);
    expect(loaded.ok && serialise(loaded.value)).toBe(text);
  });

  it('says where the text stops when the JSON is cut short', () => {
    const [problem] = problemsOf('{\n  "format": "outside-in.journey",\n  "map": {');
    expect(problem!.message).toMatch(/line 3, column \d+/);
  });
});
