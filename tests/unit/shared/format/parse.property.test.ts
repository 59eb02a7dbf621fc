import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseBytes } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import { arbitraryMap } from '../../support/arbitraries';

describe('parse and serialise, for arbitrary input', () => {
  it('parse(serialise(m)) equals m for any valid map, unknown fields included', () => {
    fc.assert(
      fc.property(arbitraryMap({ withExtras: true }), (map) => {
        const result = parse(serialise(map));
        expect(result.ok && result.value).toEqual(map);
      }),
      { numRuns: 300 },
    );
  });

  it('serialising is stable: a saved file saves again to the same bytes', () => {
    fc.assert(
      fc.property(arbitraryMap({ withExtras: true }), (map) => {
        const text = serialise(map);
        const again = parse(text);
        expect(again.ok && serialise(again.value)).toBe(text);
      }),
    );
  });

  const expectProblemsNotThrow = (run: () => ReturnType<typeof parse>): void => {
    const result = run();
    if (!result.ok) {
      expect(result.problems.length).toBeGreaterThan(0);
      for (const problem of result.problems) {
        expect(problem.path).toMatch(/^\$/);
        expect(problem.message.length).toBeGreaterThan(0);
      }
    }
  };

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectProblemsNotThrow(() => parseBytes(bytes))), { numRuns: 500 });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectProblemsNotThrow(() => parse(text))), { numRuns: 500 });
  });

  it('never throws on arbitrary JSON, in or out of the envelope', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const inEnvelope = fc.record({ format: fc.constant('outside-in.journey'), version: fc.oneof(fc.constant(1), fc.constant(2), json), map: json });
    fc.assert(fc.property(fc.oneof(json, inEnvelope), (value) => expectProblemsNotThrow(() => parse(JSON.stringify(value)))), { numRuns: 500 });
  });

  it('never throws on valid maps with one field broken', () => {
    const breakage = fc.record({ target: fc.constantFrom('lanes', 'steps', 'stages'), index: fc.nat(), key: fc.constantFrom('id', 'kind', 'title', 'laneId', 'column', 'span', 'fromColumn', 'toColumn'), value: fc.jsonValue({ maxDepth: 1 }) });
    fc.assert(
      fc.property(arbitraryMap(), breakage, (map, { target, index, key, value }) => {
        const file = JSON.parse(serialise(map));
        const list = file.map[target] as Record<string, unknown>[];
        if (list.length > 0) list[index % list.length]![key] = value;
        expectProblemsNotThrow(() => parse(JSON.stringify(file)));
      }),
      { numRuns: 500 },
    );
  });
});
