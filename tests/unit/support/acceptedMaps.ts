import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { analyseCoverage } from '../../../shared/analysis/coverage';
import { parse } from '../../../shared/format/parse';
import { serialise } from '../../../shared/format/serialise';
import { layoutMap } from '../../../shared/layout/layoutMap';
import { MAP_LIMITS } from '../../../shared/model/limits';

// Files that push at the map's bounds: columns and spans around the last column, long titles, fields
// nested near the limit and past it, fields named __proto__, and the odd value a tool might write.
// Whatever the loader accepts must lay out, save, load again as the same map, and be analysed.

// Mostly ordinary values, now and then one at the bound, rarely one past it: a file with a value
// past a bound is refused, and most files must be accepted for the property to say much.
const near = (limit: number): fc.Arbitrary<number> =>
  fc.oneof({ arbitrary: fc.nat({ max: 40 }), weight: 12 }, { arbitrary: fc.integer({ min: limit - 40, max: limit - 1 }), weight: 3 }, { arbitrary: fc.integer({ min: limit, max: 2 * limit }), weight: 1 });

/** A nested unknown field `depth` levels deep, written as JSON text so no stringify has to recurse through it. */
const nested = fc.oneof({ arbitrary: fc.integer({ min: 1, max: MAP_LIMITS.unknownNesting - 6 }), weight: 8 }, { arbitrary: fc.integer({ min: MAP_LIMITS.unknownNesting - 5, max: MAP_LIMITS.unknownNesting + 4 }), weight: 1 }).map((depth) => `${'{"n":'.repeat(depth)}0${'}'.repeat(depth)}`);

const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 20 }), weight: 10 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 4 },
  { arbitrary: fc.constant('x'.repeat(MAP_LIMITS.titleLength)), weight: 1 },
  { arbitrary: fc.constant('x'.repeat(MAP_LIMITS.titleLength + 1)), weight: 1 },
);

/** The text of a file: a valid envelope around lanes, steps and stages drawn near the bounds. */
export const fileNearTheBounds: fc.Arbitrary<string> = fc
  .record({
    lanes: fc.array(fc.record({ kind: fc.constantFrom('journey', 'process', 'context'), title: text }), { minLength: 1, maxLength: 5 }),
    steps: fc.array(fc.record({ lane: fc.nat(), title: text, column: near(MAP_LIMITS.columns), span: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3 }), weight: 10 }, { arbitrary: near(MAP_LIMITS.columns), weight: 1 }), extra: fc.option(nested), proto: fc.boolean() }), {
      maxLength: 8,
    }),
    stages: fc.array(fc.record({ from: near(MAP_LIMITS.columns), length: fc.nat({ max: 3 }), title: text }), { maxLength: 3 }),
    title: text,
  })
  .map(({ lanes, steps, stages, title }) => {
    const laneList = lanes.map((lane, index) => ({ id: `l${index}`, kind: lane.kind, title: lane.title }));
    const stepList = steps.map((step, index) => ({ id: `s${index}`, laneId: laneList[step.lane % laneList.length]!.id, title: step.title, column: step.column, span: step.span, extra: step.extra === null ? 0 : `NESTED${index}`, ...(step.proto ? { proto: 1 } : {}) }));
    const stageList = stages.map((stage, index) => ({ id: `g${index}`, title: stage.title, fromColumn: stage.from, toColumn: stage.from + stage.length }));
    let json = JSON.stringify({ format: 'outside-in.journey', version: 2, map: { id: 'm', title, lanes: laneList, steps: stepList, stages: stageList } });
    steps.forEach((step, index) => {
      if (step.extra !== null) json = json.replace(`"NESTED${index}"`, step.extra);
    });
    return json.replaceAll('"proto":1', '"__proto__":{"kept":true}');
  });

/**
 * The four things every accepted map must survive: laid out (with a layout that holds nothing per
 * empty column), saved, loaded again as the same map, and analysed. Throws with the file's start on
 * the first that does not; returns how many of the files were accepted.
 */
export function acceptedMapsHold(runs: number, seed?: number): number {
  let accepted = 0;
  fc.assert(
    fc.property(fileNearTheBounds, (file) => {
      const loaded = parse(file);
      if (!loaded.ok) return;
      accepted++;
      const map = loaded.value;
      const layout = layoutMap(map);
      if (layout.steps.length !== map.steps.length) throw new Error('the layout lost a step');
      const saved = serialise(map);
      const again = parse(saved);
      // The same fields and values; saving sorts unknown fields by name, so their order may differ.
      if (!again.ok || !isDeepStrictEqual(again.value, map)) throw new Error('the map did not load again as it was saved');
      if (serialise(again.value) !== saved) throw new Error('the map saved again to other bytes');
      analyseCoverage(map);
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  return accepted;
}
