import type { CoverageAnalysis, Gap, GapKind } from '../analysis/coverage';
import { orderSteps } from '../analysis/orderSteps';
import { lastColumnOf, type JourneyMap, type Lane, type LaneKind, type Step } from '../model/journeyMap';
import type { Opportunity, OpportunityStatus } from '../model/opportunity';
import { emotionLabel } from '../words/emotionWords';
import { EVIDENCE_WORDS } from '../words/evidenceWords';
import { formatSeverity, reportPercent } from '../words/figureWords';
import { gapKindLabel } from '../words/gapKindWords';
import { initialsOf } from '../words/personaWords';
import { STATUS_WORDS } from '../words/statusWords';
import { longDate } from './longDate';

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

/** A gap as the coverage summary lists it. */
export interface GapRow {
  readonly kind: GapKind;
  /** The kind in words, such as `Before`. */
  readonly kindLabel: string;
  readonly stepTitles: readonly string[];
  /** The gap's columns as people count them: `1–3`, or `6`. */
  readonly columns: string;
  /** Who is with the customer there: context step titles, or `nobody`. */
  readonly accompaniedBy: string;
  /** The gap's severity score with one decimal, as the Gaps panel and `analyze` show it. */
  readonly severity: string;
}

/** One journey lane's line of the coverage summary, with its gaps. */
export interface CoverageRow {
  readonly laneId: string;
  readonly laneTitle: string;
  /** Such as `40 %`; null for a lane without steps. */
  readonly coverage: string | null;
  readonly covered: number;
  readonly steps: number;
  readonly gaps: readonly GapRow[];
}

/** A process step that shares no column with the customer's journey. */
export interface UnanchoredRow {
  readonly stepId: string;
  readonly laneTitle: string;
  readonly stepTitle: string;
  readonly columns: string;
}

/** One method field of a step, such as `Channels: phone, web`. */
export interface StepDetail {
  readonly label: string;
  readonly value: string;
}

/** How a step stands: a covered journey step, one in a gap, an unanchored process step, or nothing to say. */
export type StepStanding = 'touchpoint' | 'gap' | 'unanchored' | 'anchored' | 'none';

/** A row of the step table. */
export interface StepRow {
  readonly stepId: string;
  readonly columns: string;
  readonly title: string;
  readonly standing: StepStanding;
  /** The standing in words: `Touchpoint`, `Gap: Before`, `Inside-out`… empty for context steps. */
  readonly standingLabel: string;
  readonly details: readonly StepDetail[];
}

/** One lane of the full step table. */
export interface LaneTable {
  readonly laneId: string;
  readonly kind: LaneKind;
  readonly title: string;
  readonly rows: readonly StepRow[];
}

/** A journey step on the emotion curve. */
export interface EmotionPoint {
  readonly stepId: string;
  readonly title: string;
  /** Position among the lane's ordered steps, from 0. */
  readonly index: number;
  /** −2 … +2. */
  readonly emotion: number;
  /** One of the lane's lowest points. */
  readonly lowest: boolean;
}

/** A journey step along the emotion curve's axis. */
export interface EmotionAxisStep {
  readonly title: string;
  /** The organisation is not with the customer here. */
  readonly inGap: boolean;
}

/** A journey lane's emotion curve: every step along the axis, the points where an emotion is set. */
export interface EmotionCurve {
  readonly laneId: string;
  readonly laneTitle: string;
  readonly steps: readonly EmotionAxisStep[];
  readonly points: readonly EmotionPoint[];
}

/** A step's pain points. */
export interface PainPointRow {
  readonly stepId: string;
  readonly laneTitle: string;
  readonly stepTitle: string;
  readonly columns: string;
  readonly painPoints: readonly string[];
}

/** An opportunity as the report lists it. */
export interface OpportunityRow {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** What it acts on, such as `Before gap: Storm damages the roof … Looks up the policy (columns 1–3)`. */
  readonly target: string;
  readonly owner: string;
  readonly status: OpportunityStatus;
  readonly statusLabel: string;
  readonly due: string;
}

/** Everything the report prints, worked out from the map and its analysis. */
export interface ReportContent {
  readonly cover: CoverContent;
  readonly coverage: readonly CoverageRow[];
  readonly unanchored: readonly UnanchoredRow[];
  readonly laneTables: readonly LaneTable[];
  /** Only lanes with at least one emotion set. */
  readonly emotionCurves: readonly EmotionCurve[];
  readonly painPoints: readonly PainPointRow[];
  readonly opportunities: readonly OpportunityRow[];
}

// The canvas's emotion band (renderer/canvas, not part of this change) still imports the figure from here.
export { emotionLabel } from '../words/emotionWords';

/** Shown where an opportunity leaves a field empty. */
const NOT_SET = '—';

/** A column range as people count them, from 1: `3`, `3–5`. */
export function columnsLabel(from: number, to: number): string {
  return from === to ? `${from + 1}` : `${from + 1}–${to + 1}`;
}

const stepsWord = (count: number): string => (count === 1 ? 'step' : 'steps');
const stepColumns = (step: Step): string => columnsLabel(step.column, lastColumnOf(step));
/** A lane written straight onto the file by older versions (`persona`), kept as an unknown field. */
const plainPersona = (lane: Lane): string | undefined => {
  const value = (lane as Lane & { readonly persona?: unknown }).persona;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/**
 * Works out the report's content from a map and its coverage analysis. `isoDate` is the cover's
 * date (`YYYY-MM-DD`): the one the options ask for, or the day of the export.
 */
export function reportContent(map: JourneyMap, analysis: CoverageAnalysis, isoDate: string): ReportContent {
  const stepsById = new Map(map.steps.map((step) => [step.id, step]));
  const lanesById = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const titleOf = (id: string): string => stepsById.get(id)?.title || id;
  const laneTitleOf = (laneId: string): string => lanesById.get(laneId)?.title || laneId;

  const gapOfStep = new Map<string, Gap>();
  for (const lane of analysis.lanes) for (const gap of lane.gaps) for (const id of gap.stepIds) gapOfStep.set(id, gap);
  const unanchoredIds = new Set(analysis.unanchoredProcessStepIds);

  const stepsOfLane = new Map<string, Step[]>(map.lanes.map((lane) => [lane.id, []]));
  for (const step of map.steps) stepsOfLane.get(step.laneId)?.push(step);
  const orderedOfLane = new Map(map.lanes.map((lane) => [lane.id, orderSteps(stepsOfLane.get(lane.id)!)]));

  const coverage = analysis.lanes.map(
    (lane): CoverageRow => ({
      laneId: lane.laneId,
      laneTitle: lane.title || lane.laneId,
      coverage: lane.coverage === null ? null : reportPercent(lane.coverage),
      covered: lane.covered,
      steps: lane.steps,
      gaps: lane.gaps.map((gap) => ({
        kind: gap.kind,
        kindLabel: gapKindLabel(gap.kind),
        stepTitles: gap.stepIds.map(titleOf),
        columns: columnsLabel(gap.fromColumn, gap.toColumn),
        accompaniedBy: gap.accompaniedBy.length === 0 ? 'nobody' : gap.accompaniedBy.map(titleOf).join('; '),
        severity: formatSeverity(gap.severity),
      })),
    }),
  );

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

  const unanchored = analysis.unanchoredProcessStepIds.flatMap((id): UnanchoredRow[] => {
    const step = stepsById.get(id);
    return step ? [{ stepId: id, laneTitle: laneTitleOf(step.laneId), stepTitle: step.title, columns: stepColumns(step) }] : [];
  });

  const standingOf = (step: Step, kind: LaneKind): Pick<StepRow, 'standing' | 'standingLabel'> => {
    if (kind === 'journey') {
      const gap = gapOfStep.get(step.id);
      return gap ? { standing: 'gap', standingLabel: `Gap: ${gapKindLabel(gap.kind)}` } : { standing: 'touchpoint', standingLabel: 'Touchpoint' };
    }
    if (kind === 'process') {
      return unanchoredIds.has(step.id) ? { standing: 'unanchored', standingLabel: 'Inside-out' } : { standing: 'anchored', standingLabel: 'Meets the journey' };
    }
    return { standing: 'none', standingLabel: '' };
  };

  const laneTables = map.lanes.map(
    (lane): LaneTable => ({
      laneId: lane.id,
      kind: lane.kind,
      title: lane.title || lane.id,
      rows: orderedOfLane.get(lane.id)!.map((step) => ({
        stepId: step.id,
        columns: stepColumns(step),
        title: step.title,
        ...standingOf(step, lane.kind),
        details: detailsOf(step),
      })),
    }),
  );

  const journeyLanes = map.lanes.filter((lane) => lane.kind === 'journey');
  const emotionCurves = journeyLanes.flatMap((lane): EmotionCurve[] => {
    const ordered = orderedOfLane.get(lane.id)!;
    const set = ordered.flatMap((step, index) => (typeof step.emotion === 'number' ? [{ step, index, emotion: step.emotion }] : []));
    if (set.length === 0) return [];
    const lowest = Math.min(...set.map((point) => point.emotion));
    return [
      {
        laneId: lane.id,
        laneTitle: lane.title || lane.id,
        steps: ordered.map((step) => ({ title: step.title, inGap: gapOfStep.has(step.id) })),
        points: set.map(({ step, index, emotion }) => ({ stepId: step.id, title: step.title, index, emotion, lowest: emotion === lowest })),
      },
    ];
  });

  const painPoints = map.lanes.flatMap((lane) =>
    orderedOfLane
      .get(lane.id)!
      .filter((step) => (step.painPoints ?? []).some((text) => text.trim() !== ''))
      .map(
        (step): PainPointRow => ({
          stepId: step.id,
          laneTitle: lane.title || lane.id,
          stepTitle: step.title,
          columns: stepColumns(step),
          painPoints: step.painPoints!.filter((text) => text.trim() !== ''),
        }),
      ),
  );

  const targetOf = ({ target }: Opportunity): string => {
    if (!target) return 'Target removed';
    const step = stepsById.get(target.stepId);
    const stepTitle = titleOf(target.stepId);
    if (target.kind === 'step') return `Step: ${stepTitle}${step ? ` (column ${stepColumns(step)})` : ''}`;
    const gap = gapOfStep.get(target.stepId);
    if (!gap) return `Gap at ${stepTitle}, now covered`;
    const first = titleOf(gap.stepIds[0]!);
    const last = titleOf(gap.stepIds[gap.stepIds.length - 1]!);
    const steps = gap.stepIds.length === 1 ? first : `${first} … ${last}`;
    const where = gap.fromColumn === gap.toColumn ? 'column' : 'columns';
    return `${gapKindLabel(gap.kind)} gap: ${steps} (${where} ${columnsLabel(gap.fromColumn, gap.toColumn)})`;
  };

  const opportunities = (map.opportunities ?? []).map(
    (opportunity): OpportunityRow => ({
      id: opportunity.id,
      title: opportunity.title,
      ...(opportunity.description ? { description: opportunity.description } : {}),
      target: targetOf(opportunity),
      owner: opportunity.owner || NOT_SET,
      status: opportunity.status,
      statusLabel: STATUS_WORDS[opportunity.status],
      due: opportunity.due ? longDate(opportunity.due) : NOT_SET,
    }),
  );

  return {
    cover: {
      title: map.title || 'Untitled map',
      ...(map.client ? { client: map.client } : {}),
      ...(map.author ? { author: map.author } : {}),
      date: longDate(isoDate),
      personas: personaCards(map, journeyLanes),
      headlines,
      facts: coverFacts(analysis),
    },
    coverage,
    unanchored,
    laneTables,
    emotionCurves,
    painPoints,
    opportunities,
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

/** The personas the journey lanes name, each once, in lane order; a plain `persona` text makes a card of its own. */
function personaCards(map: JourneyMap, journeyLanes: readonly Lane[]): PersonaCard[] {
  const personasById = new Map((map.personas ?? []).map((persona) => [persona.id, persona]));
  const cards = new Map<string, PersonaCard>();
  for (const lane of journeyLanes) {
    const laneTitle = lane.title || lane.id;
    const persona = lane.personaId ? personasById.get(lane.personaId) : undefined;
    const text = plainPersona(lane);
    const key = persona ? `persona:${persona.id}` : text ? `text:${text}` : undefined;
    if (!key) continue;
    const known = cards.get(key);
    if (known) {
      cards.set(key, { ...known, laneTitles: [...known.laneTitles, laneTitle] });
      continue;
    }
    const name = persona?.name || text || '';
    cards.set(key, {
      key,
      name,
      initials: initialsOf(name),
      ...(persona?.colour ? { colour: persona.colour } : {}),
      ...(persona?.description ? { description: persona.description } : {}),
      goals: (persona?.goals ?? []).filter((goal) => goal.trim() !== ''),
      frustrations: (persona?.frustrations ?? []).filter((frustration) => frustration.trim() !== ''),
      laneTitles: [laneTitle],
    });
  }
  return [...cards.values()];
}

/** The method fields a step carries, in the order the step table prints them. */
function detailsOf(step: Step): StepDetail[] {
  const details: StepDetail[] = [];
  const add = (label: string, value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') details.push({ label, value });
  };
  if (typeof step.emotion === 'number') add('Emotion', emotionLabel(step.emotion));
  if (step.momentThatMatters) add('Moment that matters', 'yes');
  if (step.evidence) add('Evidence', EVIDENCE_WORDS[step.evidence]);
  if (step.channels && step.channels.length > 0) add('Channels', step.channels.join(', '));
  if (step.data) {
    if (typeof step.data.customersPerMonth === 'number') add('Customers a month', step.data.customersPerMonth.toLocaleString('en-GB'));
    add('Duration', step.data.duration);
    if (typeof step.data.satisfaction === 'number') add('Satisfaction', `${step.data.satisfaction}/10`);
  }
  add('Owner', step.owner);
  add('System', step.system);
  add('Takes', step.duration);
  return details;
}
