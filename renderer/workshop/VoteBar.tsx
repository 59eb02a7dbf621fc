import { useRoomStore } from '../room/roomStore';
import { dotsCast } from '../../shared/edit/votes';
import { dotsLeft } from '../../shared/edit/voteTurns';
import { roundWords, turnWords } from '../../shared/words/voteWords';
import type { CommandId } from '../../shared/commands/commandIds';
import { dispatch } from '../commands/dispatch';
import { commandById } from '../commands/registry';
import { ariaShortcut, displayShortcut } from '../commands/shortcuts';
import { useCommandEnabled } from '../commands/useCommandEnabled';
import { useVoteTurn } from '../panels/votes/useVoteTurn';
import './workshop.css';

/**
 * The calm bar over the canvas while a round is open: the question, whose turn it is and the dots
 * they have left (drawn as dots too), and what they can do: take back a dot, hand over to the next
 * person (Done for the last), reveal. Said again to screen readers as it changes.
 */
export function VoteBar() {
  const current = useVoteTurn();
  if (!current) return null;
  const { vote, turn } = current;
  const left = dotsLeft(vote, turn);
  const last = turn.person >= vote.people;
  return (
    <section className="vote-bar" aria-label="Vote">
      <p className="vote-bar__question" title={vote.question}>
        {vote.question}
      </p>
      <div className="vote-bar__turn">
        <p className="vote-bar__status" role="status">
          {turn.finished ? `Everyone has voted · ${roundWords(vote.people, vote.dotsPerPerson, dotsCast(vote))}` : turnWords(turn.person, vote.people, left, vote.dotsPerPerson)}
        </p>
        {!turn.finished && <DotsLeft left={left} of={vote.dotsPerPerson} />}
      </div>
      {!turn.finished && <p className="vote-bar__hint">Click a card, or select it and press {displayShortcut('D')}; gaps, pain points and opportunities have Dot buttons in the panels.</p>}
      <PhoneVoters voteId={vote.id} />
      <div className="vote-bar__actions">
        {!turn.finished && <BarButton id="vote.takeBackDot">Take back</BarButton>}
        {!turn.finished && (
          <BarButton id="vote.nextPerson" primary={left === 0}>
            {last ? 'Done' : 'Next person'}
          </BarButton>
        )}
        <BarButton id="vote.reveal" primary={turn.finished}>
          Reveal
        </BarButton>
      </div>
    </section>
  );
}

/** The dots a person has left, filled, and those placed, hollow; a long row is a figure instead. */
function DotsLeft({ left, of }: { readonly left: number; readonly of: number }) {
  if (of > 12) return null;
  return (
    <span className="vote-bar__dots" aria-hidden="true">
      {Array.from({ length: of }, (_, index) => (
        <span key={index} className={index < left ? 'vote-bar__dot' : 'vote-bar__dot vote-bar__dot--placed'} />
      ))}
    </span>
  );
}

function BarButton({ id, primary = false, children }: { readonly id: CommandId; readonly primary?: boolean; readonly children: string }) {
  const enabled = useCommandEnabled(id);
  const shortcut = commandById(id).shortcuts?.[0];
  return (
    <button
      type="button"
      className={`button button--small${primary ? ' button--primary' : ''}`}
      title={shortcut ? `${commandById(id).label} (${displayShortcut(shortcut)})` : commandById(id).label}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
      disabled={!enabled}
      onClick={() => dispatch(id)}
    >
      {children}
    </button>
  );
}

/** With a room open, how many phones have voted: their dots stay hidden, even here, until the reveal. */
function PhoneVoters({ voteId }: { readonly voteId: string }) {
  const open = useRoomStore((state) => state.room !== null);
  const voters = useRoomStore((state) => (state.voters?.voteId === voteId ? state.voters.voters : 0));
  if (!open) return null;
  return <p className="vote-bar__hint">Phones: {voters === 1 ? '1 person has' : `${voters} people have`} voted (their dots join at the reveal).</p>;
}
