import { useId } from 'react';
import type { CoverageAnalysis } from '../../../shared/analysis/coverage';
import { gapFirstSteps, tallied } from '../../../shared/analysis/voteResults';
import { dotsCast } from '../../../shared/edit/votes';
import { dotsLeft, ownDots, type VoteTurn } from '../../../shared/edit/voteTurns';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import type { Vote, VoteTarget } from '../../../shared/model/workshop';
import { voteTargetLabel } from '../../../shared/words/voteTargetWords';
import { dotCountLabel, roundWords, turnWords } from '../../../shared/words/voteWords';
import { dispatch } from '../../commands/dispatch';
import { displayShortcut } from '../../commands/shortcuts';
import { revealSteps } from '../../canvas/revealSteps';
import { analysisOf } from '../../store/analysisOf';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { useVoteTurn } from './useVoteTurn';
import './votes.css';

/**
 * The workshop's dot-voting rounds: the one open (hidden, with only this person's own dots), then
 * each revealed round, newest first, with its targets ranked by dots and named in words. A target
 * is a button that shows it: its card or gap on the map, its opportunity in its tab.
 */
export function VotesPanel() {
  const map = useDocumentStore((state) => state.map);
  const current = useVoteTurn();
  const headingId = useId();
  const analysis = analysisOf(map);
  const revealed = (map.votes ?? []).filter((vote) => vote.revealed).reverse();
  return (
    <section className="panel votes-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Votes
      </h2>
      {!current && revealed.length === 0 && (
        <p className="panel__hint">
          No votes yet. Start one from the Workshop menu ({displayShortcut('Mod+Shift+V')}): everyone places their dots on the steps, gaps, pain points and opportunities where the room should act first.
        </p>
      )}
      {current && <OpenRound map={map} analysis={analysis} vote={current.vote} turn={current.turn} />}
      {revealed.map((vote) => (
        <RevealedRound key={vote.id} map={map} analysis={analysis} vote={vote} />
      ))}
    </section>
  );
}

interface RoundProps {
  readonly map: JourneyMap;
  readonly analysis: CoverageAnalysis;
  readonly vote: Vote;
}

/** The round under way: its question, whose turn it is, and this person's own dots only. */
function OpenRound({ map, analysis, vote, turn }: RoundProps & { readonly turn: VoteTurn }) {
  const headingId = useId();
  const own = ownDots(vote, turn);
  return (
    <div className="vote-round vote-round--open" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="vote-round__question">
        {vote.question}
      </h3>
      <p className="vote-round__figures">
        {turn.finished ? `Everyone has voted · ${roundWords(vote.people, vote.dotsPerPerson, dotsCast(vote))}` : turnWords(turn.person, vote.people, dotsLeft(vote, turn), vote.dotsPerPerson)}
      </p>
      <p className="panel__hint">The dots stay hidden until the result is revealed{turn.finished ? '.' : '; each person sees only their own.'}</p>
      {own.length > 0 && (
        <ul className="vote-round__targets" aria-label="Your dots">
          {own.map((entry) => (
            <TargetRow key={JSON.stringify(entry.target)} map={map} analysis={analysis} target={entry.target} count={entry.count} />
          ))}
        </ul>
      )}
      <div className="vote-round__actions">
        <button type="button" className="button button--small button--primary" onClick={() => dispatch('vote.reveal')}>
          Reveal the result
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => dispatch('vote.delete', { voteId: vote.id })}>
          Delete the vote
        </button>
      </div>
    </div>
  );
}

/** A revealed round: its question, who voted, and its targets most dots first. */
function RevealedRound({ map, analysis, vote }: RoundProps) {
  const headingId = useId();
  const result = tallied(vote, analysis);
  const most = result[0]?.count ?? 1;
  return (
    <div className="vote-round" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="vote-round__question">
        {vote.question}
      </h3>
      <p className="vote-round__figures">{roundWords(vote.people, vote.dotsPerPerson, dotsCast(vote))}</p>
      {result.length === 0 ? (
        <p className="panel__hint">No dots were placed.</p>
      ) : (
        <ol className="vote-round__targets">
          {result.map((entry) => (
            <TargetRow key={JSON.stringify(entry.target)} map={map} analysis={analysis} target={entry.target} count={entry.count} share={entry.count / most} />
          ))}
        </ol>
      )}
      <div className="vote-round__actions">
        <button type="button" className="button button--small button--quiet" aria-label={`Delete the vote “${vote.question}”`} onClick={() => dispatch('vote.delete', { voteId: vote.id })}>
          Delete
        </button>
      </div>
    </div>
  );
}

interface TargetRowProps {
  readonly map: JourneyMap;
  readonly analysis: CoverageAnalysis;
  readonly target: VoteTarget;
  readonly count: number;
  /** The count as a share of the round's most, the length of its bar; no bar when left out. */
  readonly share?: number;
}

/** One target and its dots; pressing it shows the target. */
function TargetRow({ map, analysis, target, count, share }: TargetRowProps) {
  return (
    <li>
      <button type="button" className="panel-row vote-target" onClick={() => showTarget(map, analysis, target)}>
        <span className="vote-target__label">{voteTargetLabel(map, analysis, target)}</span>
        <span className="vote-target__count">
          <span className="dot-button__dot" aria-hidden="true" />
          {dotCountLabel(count)}
        </span>
        {share !== undefined && (
          <span className="vote-target__bar" aria-hidden="true">
            <span className="vote-target__fill" style={{ width: `${share * 100}%` }} />
          </span>
        )}
      </button>
    </li>
  );
}

/** Shows what a dot was placed on: an opportunity in its tab, else its step (a gap: all its steps) selected on the map. */
function showTarget(map: JourneyMap, analysis: CoverageAnalysis, target: VoteTarget): void {
  const session = useSessionStore.getState();
  if (target.kind === 'opportunity') {
    session.showSidebarTab('opportunities');
    session.openOpportunity(target.opportunityId);
    return;
  }
  if (!map.steps.some((step) => step.id === target.stepId)) return;
  const first = target.kind === 'gap' ? gapFirstSteps(analysis).get(target.stepId) : undefined;
  const gap = first === undefined ? undefined : analysis.lanes.flatMap((lane) => lane.gaps).find((candidate) => candidate.stepIds[0] === first);
  const stepIds = gap ? gap.stepIds : [target.stepId];
  session.select({ kind: 'steps', stepIds });
  revealSteps(stepIds);
}
