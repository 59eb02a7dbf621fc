import { ownDotsOn } from '../../../shared/edit/voteTurns';
import type { VoteTarget } from '../../../shared/model/workshop';
import { dotCountLabel } from '../../../shared/words/voteWords';
import { dispatch } from '../../commands/dispatch';
import { useVoteTurn } from './useVoteTurn';
import './votes.css';

interface DotButtonProps {
  readonly target: VoteTarget;
  /** What the target is, in words, for the buttons' names: "the before gap at columns 1–2". */
  readonly name: string;
}

/**
 * While a round is open: a button that places one of this person's dots on a gap, a pain point or
 * an opportunity, with the dots they placed there and a button to take one back. Earlier people's
 * dots are never shown; with no round open it shows nothing.
 */
export function DotButton({ target, name }: DotButtonProps) {
  const current = useVoteTurn();
  if (!current || current.turn.finished) return null;
  const own = ownDotsOn(current.vote, current.turn, target);
  return (
    <span className="dot-button">
      <button type="button" className="button button--small dot-button__place" aria-label={`Place a dot on ${name}`} onClick={() => dispatch('vote.castDot', target)}>
        <span className="dot-button__dot" aria-hidden="true" />
        Dot
      </button>
      {own > 0 && (
        <>
          <span className="dot-button__own" aria-label={`Your dots here: ${own}`}>
            {'●'.repeat(Math.min(own, 5))}
            {own > 5 ? ` ${own}` : ''}
          </span>
          <button type="button" className="button button--small button--quiet dot-button__take" aria-label={`Take back a dot from ${name}`} title="Take back a dot" onClick={() => dispatch('vote.takeBackDot', target)}>
            −
          </button>
        </>
      )}
    </span>
  );
}

/** After a reveal, the dots a gap or an opportunity received, beside it: "● 5 dots"; nothing for none. */
export function DotCount({ count }: { readonly count: number }) {
  if (count === 0) return null;
  return (
    <span className="dot-count">
      <span className="dot-button__dot" aria-hidden="true" />
      {dotCountLabel(count)}
    </span>
  );
}
