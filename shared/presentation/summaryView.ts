import type { CoverageAnalysis, GapKind } from '../analysis/coverage';
import { gapsBySeverity } from '../analysis/severity';
import { rankedDots, revealedVotes } from '../analysis/voteResults';
import type { JourneyMap } from '../model/journeyMap';
import type { OpportunityStatus } from '../model/opportunity';
import { formatSeverity, stepCountLabel } from '../words/figureWords';
import { gapKindLabel } from '../words/gapKindWords';
import { shortened } from '../words/shortened';
import { STATUS_WORDS } from '../words/statusWords';
import { voteTargetLabel } from '../words/voteTargetWords';

/** How many entries each part of the summary lists; the rest are counted. */
export const SUMMARY_LIMITS = { gaps: 4, votes: 2, dots: 5, opportunities: 5 } as const;

/** A gap on the summary. */
export interface SummaryGap {
  readonly firstStepId: string;
  readonly kind: GapKind;
  /** "Before · 3 steps". */
  readonly words: string;
  /** Its first and last step: "Storm damages the roof → Looks up the policy". */
  readonly steps: string;
  /** The journey lane it is in, named only when the map has several. */
  readonly lane: string | null;
  readonly severity: string;
}

/** A revealed vote on the summary: its question and what got the most dots. */
export interface SummaryVote {
  readonly voteId: string;
  readonly question: string;
  readonly ranked: readonly { readonly label: string; readonly dots: number }[];
  readonly more: number;
}

/** An opportunity not yet done. */
export interface SummaryOpportunity {
  readonly opportunityId: string;
  readonly title: string;
  readonly status: string;
  readonly owner: string | null;
}

/** What the summary slide shows: where to act. */
export interface SummaryView {
  readonly gaps: readonly SummaryGap[];
  readonly moreGaps: number;
  /** The latest revealed votes, newest first. */
  readonly votes: readonly SummaryVote[];
  readonly opportunities: readonly SummaryOpportunity[];
  readonly moreOpportunities: number;
}

// Work under way reads first: it is what the room can count on.
const STATUS_ORDER: Readonly<Record<OpportunityStatus, number>> = { doing: 0, planned: 1, idea: 2, done: 3 };

const untitled = (title: string, fallback: string): string => shortened(title.trim() || fallback, 48);

/**
 * The summary of a map for the room: its gaps most severe first (ties in the order the lanes list
 * them), the ranked result of the latest revealed votes, and the opportunities not yet done, those
 * in progress first.
 */
export function summaryView(map: JourneyMap, analysis: CoverageAnalysis): SummaryView {
  const titleOf = new Map(map.steps.map((step) => [step.id, step.title]));
  const severalLanes = analysis.lanes.length > 1;
  const gaps = gapsBySeverity(analysis.lanes.flatMap((lane) => lane.gaps.map((gap) => ({ ...gap, lane: lane.title }))));
  const open = (map.opportunities ?? []).filter((opportunity) => opportunity.status !== 'done').sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  return {
    gaps: gaps.slice(0, SUMMARY_LIMITS.gaps).map((gap): SummaryGap => {
      const first = untitled(titleOf.get(gap.stepIds[0]!) ?? '', 'Untitled step');
      const last = untitled(titleOf.get(gap.stepIds[gap.stepIds.length - 1]!) ?? '', 'Untitled step');
      return {
        firstStepId: gap.stepIds[0]!,
        kind: gap.kind,
        words: `${gapKindLabel(gap.kind)} · ${stepCountLabel(gap.stepIds.length)}`,
        steps: gap.stepIds.length === 1 ? first : `${first} → ${last}`,
        lane: severalLanes ? gap.lane.trim() || 'Untitled journey lane' : null,
        severity: formatSeverity(gap.severity),
      };
    }),
    moreGaps: Math.max(0, gaps.length - SUMMARY_LIMITS.gaps),
    votes: revealedVotes(map)
      .slice(-SUMMARY_LIMITS.votes)
      .reverse()
      .map((vote): SummaryVote => {
        const ranked = rankedDots(vote).filter((entry) => entry.count > 0);
        return {
          voteId: vote.id,
          question: vote.question.trim() || 'Untitled vote',
          ranked: ranked.slice(0, SUMMARY_LIMITS.dots).map((entry) => ({ label: voteTargetLabel(map, analysis, entry.target), dots: entry.count })),
          more: Math.max(0, ranked.length - SUMMARY_LIMITS.dots),
        };
      }),
    opportunities: open.slice(0, SUMMARY_LIMITS.opportunities).map((opportunity) => ({
      opportunityId: opportunity.id,
      title: untitled(opportunity.title, 'Untitled opportunity'),
      status: STATUS_WORDS[opportunity.status],
      owner: opportunity.owner?.trim() || null,
    })),
    moreOpportunities: Math.max(0, open.length - SUMMARY_LIMITS.opportunities),
  };
}
