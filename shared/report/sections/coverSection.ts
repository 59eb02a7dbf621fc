import type { CoverageAnalysis } from '../../analysis/coverage';
import type { JourneyMap } from '../../model/journeyMap';
import { reportPercent } from '../../words/figureWords';
import { initialsOf } from '../../words/personaWords';
import { longDate } from '../longDate';

/** A persona on the cover, with the journey lanes it walks. */
export interface PersonaCard {
  readonly key: string;
  readonly name: string;
  /** One or two letters for the avatar. */
  readonly initials: string;
  /** The persona's own avatar colour; the report's default when absent. */
  readonly colour?: string;
  readonly description?: string;
  readonly goals: readonly string[];
  readonly frustrations: readonly string[];
  readonly laneTitles: readonly string[];
}

/** One journey lane's coverage in a sentence, for the cover. */
export interface CoverHeadline {
  readonly laneId: string;
  readonly laneTitle: string;
  readonly sentence: string;
}

/** A key figure on the cover, such as 4 touchpoints. */
export interface CoverFact {
  readonly value: number;
  readonly label: string;
}

/** What the cover page shows. */
export interface CoverContent {
  readonly title: string;
  readonly client?: string;
  readonly author?: string;
  /** The date written out, such as `22 November 2026`. */
  readonly date: string;
  readonly personas: readonly PersonaCard[];
  readonly headlines: readonly CoverHeadline[];
  /** Journey steps, touchpoints, gaps and unanchored process steps, summed over the map. */
  readonly facts: readonly CoverFact[];
}

const stepsWord = (count: number): string => (count === 1 ? 'step' : 'steps');

/** The cover: title, client, author, the date written out (`isoDate` is `YYYY-MM-DD`), the personas, a headline per journey lane and the key figures. */
export function coverSection(map: JourneyMap, analysis: CoverageAnalysis, isoDate: string): CoverContent {
  const headlines = analysis.lanes.map(
    (lane): CoverHeadline => ({
      laneId: lane.laneId,
      laneTitle: lane.title || lane.laneId,
      sentence:
        lane.coverage === null
          ? 'This journey has no steps yet.'
          : `The organisation accompanies ${lane.covered} of ${lane.steps} ${stepsWord(lane.steps)} (${reportPercent(lane.coverage)}) of the customer’s journey.`,
    }),
  );
  return {
    title: map.title || 'Untitled map',
    ...(map.client ? { client: map.client } : {}),
    ...(map.author ? { author: map.author } : {}),
    date: longDate(isoDate),
    personas: personaCards(map),
    headlines,
    facts: coverFacts(analysis),
  };
}

/** The map's key figures: how much journey there is, how much of it the organisation meets, and what it misses. */
function coverFacts(analysis: CoverageAnalysis): CoverFact[] {
  const sum = (count: (lane: CoverageAnalysis['lanes'][number]) => number): number => analysis.lanes.reduce((total, lane) => total + count(lane), 0);
  const unanchored = analysis.unanchoredProcessStepIds.length;
  const steps = sum((lane) => lane.steps);
  const touchpoints = sum((lane) => lane.covered);
  const gaps = sum((lane) => lane.gaps.length);
  return [
    { value: steps, label: steps === 1 ? 'journey step' : 'journey steps' },
    { value: touchpoints, label: touchpoints === 1 ? 'touchpoint' : 'touchpoints' },
    { value: gaps, label: gaps === 1 ? 'gap' : 'gaps' },
    { value: unanchored, label: unanchored === 1 ? 'unanchored process step' : 'unanchored process steps' },
  ];
}

/** The personas the journey lanes name, each once, in lane order, with the lanes each walks. */
function personaCards(map: JourneyMap): PersonaCard[] {
  const personasById = new Map((map.personas ?? []).map((persona) => [persona.id, persona]));
  const cards = new Map<string, PersonaCard>();
  for (const lane of map.lanes) {
    const persona = lane.kind === 'journey' && lane.personaId ? personasById.get(lane.personaId) : undefined;
    if (!persona) continue;
    const key = `persona:${persona.id}`;
    const laneTitle = lane.title || lane.id;
    const known = cards.get(key);
    if (known) {
      cards.set(key, { ...known, laneTitles: [...known.laneTitles, laneTitle] });
      continue;
    }
    cards.set(key, {
      key,
      name: persona.name,
      initials: initialsOf(persona.name),
      ...(persona.colour ? { colour: persona.colour } : {}),
      ...(persona.description ? { description: persona.description } : {}),
      goals: (persona.goals ?? []).filter((goal) => goal.trim() !== ''),
      frustrations: (persona.frustrations ?? []).filter((frustration) => frustration.trim() !== ''),
      laneTitles: [laneTitle],
    });
  }
  return [...cards.values()];
}
