import type { CoverageAnalysis } from '../../analysis/coverage';
import { revealedVotes, tallied } from '../../analysis/voteResults';
import type { JourneyMap } from '../../model/journeyMap';
import type { VoteTarget } from '../../model/workshop';
import { gapKindLabel } from '../../words/gapKindWords';
import { roundWords } from '../../words/voteWords';
import { columnsLabel, stepColumnsLabel } from './columnsLabel';
import type { ReportIndex } from './reportIndex';

/** What a dot was placed on, as the report's table names it. */
export interface VotedTargetRow {
  /** 1 for the most dots; targets of equal dots share a rank. */
  readonly rank: number;
  readonly kind: string;
  /** The target in words, such as `Before gap: Storm damages the roof … Looks for the policy (columns 1–2)`. */
  readonly what: string;
  /** Where it sits or what it acts on, such as the step's lane; empty when nothing more needs saying. */
  readonly where: string;
  readonly dots: number;
}

/** One revealed round: its question, who voted, and its targets most dots first. */
export interface VoteResult {
  readonly voteId: string;
  readonly question: string;
  /** Such as `6 people, 3 dots each · 17 dots cast`. */
  readonly figures: string;
  readonly rows: readonly VotedTargetRow[];
}

const KIND_WORDS: Readonly<Record<VoteTarget['kind'], string>> = { step: 'Step', gap: 'Gap', painPoint: 'Pain point', opportunity: 'Opportunity' };

/** "What the room voted for": each revealed round, oldest first, with its targets ranked by dots (dots on one gap added up). */
export function votesSection(map: JourneyMap, analysis: CoverageAnalysis, index: ReportIndex): VoteResult[] {
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane.title || 'Untitled lane']));
  return revealedVotes(map).map((vote) => {
    let rank = 0;
    let previous = Number.NaN;
    const result = tallied(vote, analysis);
    const cast = result.reduce((sum, entry) => sum + entry.count, 0);
    const rows = result.map(({ target, count }, place): VotedTargetRow => {
      if (count !== previous) rank = place + 1;
      previous = count;
      return { rank, kind: KIND_WORDS[target.kind], ...described(target, map, index, lanes), dots: count };
    });
    return { voteId: vote.id, question: vote.question, figures: roundWords(vote.people, vote.dotsPerPerson, cast), rows };
  });
}

/** A target's words and where it is, for a reader who has only the paper. */
function described(target: VoteTarget, map: JourneyMap, { stepsById, titleOf, gapOfStep }: ReportIndex, lanes: ReadonlyMap<string, string>): { what: string; where: string } {
  if (target.kind === 'opportunity') {
    const opportunity = map.opportunities?.find((candidate) => candidate.id === target.opportunityId);
    return { what: opportunity?.title || 'Untitled opportunity', where: '' };
  }
  const step = stepsById.get(target.stepId);
  const at = step ? `${lanes.get(step.laneId) ?? ''}, column ${stepColumnsLabel(step)}` : '';
  if (target.kind === 'step') return { what: titleOf(target.stepId), where: at };
  if (target.kind === 'painPoint') return { what: step?.painPoints?.[target.index] ?? '', where: `${titleOf(target.stepId)} · ${at}` };
  const gap = gapOfStep.get(target.stepId);
  if (!gap) return { what: `At ${titleOf(target.stepId)}, now covered`, where: at };
  const first = titleOf(gap.stepIds[0]!);
  const last = titleOf(gap.stepIds[gap.stepIds.length - 1]!);
  const where = gap.fromColumn === gap.toColumn ? 'column' : 'columns';
  return { what: `${gapKindLabel(gap.kind)} gap: ${gap.stepIds.length === 1 ? first : `${first} … ${last}`}`, where: `${step ? `${lanes.get(step.laneId) ?? ''}, ` : ''}${where} ${columnsLabel(gap.fromColumn, gap.toColumn)}` };
}
