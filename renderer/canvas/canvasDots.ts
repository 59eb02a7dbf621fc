import { dotsByGap, dotsByStep, gapFirstSteps } from '../../shared/analysis/voteResults';
import { ownDots, turnIn, type VoteTurn } from '../../shared/edit/voteTurns';
import type { ShownDots } from '../../shared/layout/dotBadge';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { analysisOf } from '../store/analysisOf';

/** The dots the canvas shows: on cards by step id (a pain point's count on its step), on gaps by their first step. */
export interface CanvasDots {
  readonly cards: ReadonlyMap<string, ShownDots>;
  readonly gaps: ReadonlyMap<string, ShownDots>;
}

const NONE: CanvasDots = { cards: new Map(), gaps: new Map() };

// Every card asks on every change of the map; the answer changes only with the votes, the turn or the gaps.
let last: { readonly votes: JourneyMap['votes']; readonly turn: VoteTurn | null; readonly analysis: object; readonly dots: CanvasDots } | null = null;

const add = (into: Map<string, ShownDots>, key: string, count: number, own: boolean): void => {
  into.set(key, { count: (into.get(key)?.count ?? 0) + count, own });
};

/**
 * The dots the cards and the gaps wear: while a round is open only the voter's own, so no one sees
 * where the others placed theirs; else the room's over every revealed round. Worked out once per
 * list of votes, turn and analysis, however many cards ask.
 */
export function canvasDotsOf(map: JourneyMap, sessionTurn: VoteTurn | null): CanvasDots {
  if (!map.votes?.length) return NONE;
  const analysis = analysisOf(map);
  if (last && last.votes === map.votes && last.turn === sessionTurn && last.analysis === analysis) return last.dots;
  const current = turnIn(map, sessionTurn);
  const cards = new Map<string, ShownDots>();
  const gaps = new Map<string, ShownDots>();
  if (current) {
    const gapFirst = gapFirstSteps(analysis);
    for (const { target, count } of ownDots(current.vote, current.turn)) {
      if (target.kind === 'step' || target.kind === 'painPoint') add(cards, target.stepId, count, true);
      const first = target.kind === 'gap' ? gapFirst.get(target.stepId) : undefined;
      if (first !== undefined) add(gaps, first, count, true);
    }
  } else {
    for (const [stepId, count] of dotsByStep(map)) cards.set(stepId, { count, own: false });
    for (const [stepId, count] of dotsByGap(map, analysis)) gaps.set(stepId, { count, own: false });
  }
  const dots = { cards, gaps };
  last = { votes: map.votes, turn: sessionTurn, analysis, dots };
  return dots;
}
