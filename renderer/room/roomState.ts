import { rankedDots, tallied } from '../../shared/analysis/voteResults';
import { openVote } from '../../shared/edit/voteTurns';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { remainingMs, type Countdown } from '../../shared/timer/countdown';
import type { RoomState } from '../../shared/room/roomDocuments';
import { voteItems } from '../../shared/room/voteItems';
import { voteTargetLabel } from '../../shared/words/voteTargetWords';
import { analysisOf } from '../store/analysisOf';

/**
 * What the phones are shown of this window: the map's title, the vote under way (its question and
 * its items' titles — no more of the client's map), or the last vote's result once revealed, and
 * the timer.
 */
export function roomStateOf(map: JourneyMap, countdown: Countdown | null, namesRequired: boolean, now: number): RoomState {
  const analysis = analysisOf(map);
  const open = openVote(map);
  const last = map.votes?.at(-1);
  let vote: RoomState['vote'] = null;
  if (open) vote = { id: open.id, question: open.question, dotsPerPerson: open.dotsPerPerson, items: voteItems(map, analysis), revealed: false, results: [] };
  else if (last?.revealed) {
    const results = rankedDots({ ...last, dots: tallied(last, analysis) }).map((entry) => ({ label: voteTargetLabel(map, analysis, entry.target), count: entry.count }));
    vote = { id: last.id, question: last.question, dotsPerPerson: last.dotsPerPerson, items: [], revealed: true, results };
  }
  const timer = countdown ? { remainingMs: Math.round(remainingMs(countdown, now)), running: countdown.state === 'running' } : null;
  return { title: map.title || 'Workshop', namesRequired, vote, timer };
}
