import { dotCountLabel } from '../../words/voteWords';
import { listWords, quoted } from '../../words/listWords';
import type { VoteResult } from '../sections/votesSection';
import type { KeyFinding } from './keyFinding';

/** What the room voted for: each revealed round's most dotted targets (all of them when tied), and the runners-up. */
export function voteFindings(votes: readonly VoteResult[]): KeyFinding[] {
  return votes.flatMap((vote): KeyFinding[] => {
    const top = vote.rows.filter((row) => row.rank === 1);
    if (top.length === 0) return [];
    const cast = vote.rows.reduce((sum, row) => sum + row.dots, 0);
    const dots = top[0]!.dots;
    const named = top.map((row) => `${row.kind.toLowerCase()} ${quoted(row.what)}`);
    const share = top.length === 1 ? `${dots} of the ${dotCountLabel(cast)}` : `${dotCountLabel(dots)} each, of ${cast}`;
    const next = vote.rows.filter((row) => row.rank > 1).slice(0, 2);
    return [
      {
        topic: 'votes',
        label: 'What the room voted for',
        figure: dotCountLabel(dots),
        headline: `Asked ${quoted(vote.question || 'Untitled question')}, the room put the most dots on the ${listWords(named, 3)}: ${share}.`,
        details: next.length === 0 ? [] : [`Next: ${listWords(next.map((row) => `${quoted(row.what)} (${dotCountLabel(row.dots)})`))}.`],
      },
    ];
  });
}
