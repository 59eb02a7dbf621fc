import fc from 'fast-check';
import type { JourneyMap, Step } from '../../../shared/model/journeyMap';
import type { Opportunity } from '../../../shared/model/opportunity';
import { OPPORTUNITY_STATUSES } from '../../../shared/model/opportunity';
import type { Persona } from '../../../shared/model/persona';
import { EVIDENCE_LEVELS } from '../../../shared/model/stepDetails';
import { arbitraryMap } from './arbitraries';

// Valid maps with the method around them: every step field a sheet row carries, personas on the
// journey lanes, opportunities on steps, the map's client and author. What a sheet has no room for
// (notes, votes, sources, a journey step's own `duration` beside its data) is left out.

/** Text of a field that is absent rather than empty when there is nothing in it. */
const someText = fc.string({ minLength: 1, maxLength: 15 });
/** Entries of a list: one a line in a cell, so neither empty nor holding a line break. */
const entry = fc.string({ minLength: 1, maxLength: 10 }).filter((text) => text.trim() !== '' && !/[\r\n]/.test(text));
const list = fc.option(fc.array(entry, { minLength: 1, maxLength: 3 }), { nil: undefined });

const details = fc.record(
  {
    emotion: fc.integer({ min: -2, max: 2 }),
    painPoints: list.filter((value) => value !== undefined),
    momentThatMatters: fc.boolean(),
    channels: list.filter((value) => value !== undefined),
    evidence: fc.constantFrom(...EVIDENCE_LEVELS),
    customersPerMonth: fc.nat({ max: 1_000_000 }),
    satisfaction: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true }).map((value) => Math.round(value * 100) / 100)),
    duration: someText,
    owner: someText,
    system: someText,
  },
  { requiredKeys: [] },
);

/** Arbitrary valid maps with every field the spreadsheet layout carries. */
export function arbitraryMethodMap(): fc.Arbitrary<JourneyMap> {
  return fc
    .record({
      map: arbitraryMap({ maxSteps: 25, maxColumn: 20 }),
      steps: fc.array(details, { minLength: 25, maxLength: 25 }),
      personaNames: fc.uniqueArray(someText, { maxLength: 3 }),
      laneExtras: fc.array(fc.record({ persona: fc.nat(), owner: fc.option(someText, { nil: undefined }) }), { minLength: 6, maxLength: 6 }),
      opportunities: fc.array(fc.record({ title: fc.string({ maxLength: 12 }), status: fc.constantFrom(...OPPORTUNITY_STATUSES), step: fc.option(fc.nat()), about: fc.constantFrom('gap' as const, 'step' as const), due: fc.option(fc.constantFrom('2026-12-01', '2027-01-31'), { nil: undefined }) }), { maxLength: 3 }),
      client: fc.option(someText, { nil: undefined }),
      author: fc.option(someText, { nil: undefined }),
    })
    .map(({ map, steps, personaNames, laneExtras, opportunities, client, author }) => {
      const personas: Persona[] = personaNames.map((name, index) => ({ id: `persona-${index}`, name, ...(index === 0 ? { description: 'Walks it', goals: ['Get it done'], colour: '#3366cc' } : {}) }));
      const lanes = map.lanes.map((lane, index) => {
        const extra = laneExtras[index]!;
        const persona = lane.kind === 'journey' && personas.length > 0 ? personas[extra.persona % personas.length] : undefined;
        return { ...lane, ...(persona ? { personaId: persona.id } : {}), ...(extra.owner !== undefined ? { owner: extra.owner } : {}) };
      });
      const kindOf = new Map(lanes.map((lane) => [lane.id, lane.kind]));
      const withDetails: Step[] = map.steps.map((step, index) => {
        const { customersPerMonth, satisfaction, duration, ...rest } = steps[index]!;
        const journey = kindOf.get(step.laneId) === 'journey';
        const data = { ...(customersPerMonth !== undefined ? { customersPerMonth } : {}), ...(satisfaction !== undefined ? { satisfaction } : {}), ...(journey && duration !== undefined ? { duration } : {}) };
        return { ...step, ...rest, ...(Object.keys(data).length > 0 ? { data } : {}), ...(!journey && duration !== undefined ? { duration } : {}) };
      });
      const opportunityList: Opportunity[] = opportunities.map((spec, index) => {
        const targets = spec.about === 'gap' ? withDetails.filter((step) => kindOf.get(step.laneId) === 'journey') : withDetails;
        const target = spec.step !== null && targets.length > 0 ? { kind: spec.about, stepId: targets[spec.step % targets.length]!.id } : undefined;
        return { id: `opportunity-${index}`, title: spec.title, status: spec.status, ...(target ? { target } : {}), ...(spec.due ? { due: spec.due } : {}) };
      });
      return {
        ...map,
        ...(client !== undefined ? { client } : {}),
        ...(author !== undefined ? { author } : {}),
        ...(personas.length > 0 ? { personas } : {}),
        ...(opportunityList.length > 0 ? { opportunities: opportunityList } : {}),
        lanes,
        steps: withDetails,
      };
    });
}

/** The map with its steps grouped by lane in lane order, as a sheet lists them (each lane's steps keep their order). */
export function stepsByLane(map: JourneyMap): JourneyMap {
  return { ...map, steps: map.lanes.flatMap((lane) => map.steps.filter((step) => step.laneId === lane.id)) };
}
