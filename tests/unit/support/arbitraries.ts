import fc from 'fast-check';
import type { JourneyMap, Lane, LaneKind, Stage, Step } from '../../../shared/model/journeyMap';

const KNOWN_KEYS = new Set(['id', 'kind', 'title', 'laneId', 'column', 'span', 'fromColumn', 'toColumn', 'lanes', 'steps', 'stages', 'envelopeExtras', 'format', 'version', 'map']);

/** Extra fields a newer version might have written: any JSON, under names this version does not know. */
const extras = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 8 }).filter((key) => !KNOWN_KEYS.has(key) && key !== '__proto__'),
  // Through JSON once, as a file's values are: -0 anywhere inside becomes 0.
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown),
  { maxKeys: 2 },
);

export interface MapShape {
  /** Upper bound on the number of steps. */
  readonly maxSteps?: number;
  /** Columns are drawn from [0, maxColumn]. */
  readonly maxColumn?: number;
  /** Whether objects carry unknown extra fields. */
  readonly withExtras?: boolean;
}

/** Arbitrary valid maps: unique ids, every step in an existing lane, columns and spans in range. */
export function arbitraryMap({ maxSteps = 40, maxColumn = 30, withExtras = false }: MapShape = {}): fc.Arbitrary<JourneyMap> {
  const maybeExtras = withExtras ? extras : fc.constant({});
  const laneKind = fc.constantFrom<LaneKind>('journey', 'process', 'context');
  return fc
    .record({
      laneSpecs: fc.array(fc.record({ kind: laneKind, title: fc.string({ maxLength: 12 }), extra: maybeExtras }), { minLength: 1, maxLength: 6 }),
      stepSpecs: fc.array(
        fc.record({ lane: fc.nat(), title: fc.string({ maxLength: 20 }), column: fc.nat({ max: maxColumn }), span: fc.integer({ min: 1, max: 4 }), extra: maybeExtras }),
        { maxLength: maxSteps },
      ),
      stageSpecs: fc.array(fc.record({ from: fc.nat({ max: maxColumn }), length: fc.nat({ max: 5 }), title: fc.string({ maxLength: 10 }), extra: maybeExtras }), { maxLength: 3 }),
      title: fc.string({ maxLength: 30 }),
      mapExtra: maybeExtras,
      envelopeExtras: maybeExtras,
    })
    .map(({ laneSpecs, stepSpecs, stageSpecs, title, mapExtra, envelopeExtras }) => {
      const lanes: Lane[] = laneSpecs.map((spec, i) => ({ ...spec.extra, id: `lane-${i}`, kind: spec.kind, title: spec.title }));
      const steps: Step[] = stepSpecs.map((spec, i) => ({
        ...spec.extra,
        id: `step-${i}`,
        laneId: lanes[spec.lane % lanes.length]!.id,
        title: spec.title,
        column: spec.column,
        span: spec.span,
      }));
      const stages: Stage[] = stageSpecs.map((spec, i) => ({ ...spec.extra, id: `stage-${i}`, title: spec.title, fromColumn: spec.from, toColumn: spec.from + spec.length }));
      const map: JourneyMap = { ...mapExtra, id: 'map', title, stages, lanes, steps };
      return Object.keys(envelopeExtras).length > 0 ? { ...map, envelopeExtras } : map;
    });
}
