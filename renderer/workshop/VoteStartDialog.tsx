import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { startVote } from '../../shared/edit/votes';
import { firstTurn } from '../../shared/edit/voteTurns';
import { MAP_LIMITS } from '../../shared/model/limits';
import { commandContext, commit } from '../commands/dispatch';
import { keepFocusInDialog, tabStops, wrapTab } from '../dialogs/tabStops';
import { closeVoteDialog, useVoteDialog } from './voteDialogState';
import './workshop.css';

/** The Start vote dialog, while it is open. */
export function VoteStartDialog() {
  const open = useVoteDialog((state) => state.open);
  return open ? <VoteStartForm /> : null;
}

/** Why a typed count is refused, or null with the count. */
function countOf(text: string, most: number, what: string): { readonly value: number } | { readonly problem: string } {
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1) return { problem: `Enter a whole number of ${what}, at least 1.` };
  if (value > most) return { problem: `A round takes at most ${most} ${what}.` };
  return { value };
}

/**
 * Starts a dot-voting round: the question the room answers, the dots each person has and how many
 * people vote (the laptop is handed round). Start makes the round one undo step and gives the
 * first person their turn; focus goes back to where it was, the canvas for most.
 */
function VoteStartForm() {
  const asked = useVoteDialog.getState();
  const [question, setQuestion] = useState(asked.question);
  const [dots, setDots] = useState(String(asked.dotsPerPerson));
  const [people, setPeople] = useState(String(asked.people));
  const [problems, setProblems] = useState<{ readonly dots?: string; readonly people?: string }>({});
  const box = useRef<HTMLFormElement>(null);
  const id = useId();

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (box.current) tabStops(box.current)[0]?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  const start = (event: FormEvent): void => {
    event.preventDefault();
    const dotsPerPerson = countOf(dots, MAP_LIMITS.dotsPerPerson, 'dots');
    const voters = countOf(people, MAP_LIMITS.votePeople, 'people');
    const refused = { ...('problem' in dotsPerPerson ? { dots: dotsPerPerson.problem } : {}), ...('problem' in voters ? { people: voters.problem } : {}) };
    setProblems(refused);
    if ('problem' in dotsPerPerson || 'problem' in voters) return;
    const round = { question, dotsPerPerson: dotsPerPerson.value, people: voters.value };
    const { map, voteId } = startVote(commandContext().map, round);
    const vote = map.votes!.find((candidate) => candidate.id === voteId)!;
    closeVoteDialog({ ...round, question: vote.question });
    commit({ map, voteTurn: firstTurn(vote), selection: { kind: 'none' }, notice: null });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    // Keys pressed in the dialog are the dialog's: Ctrl+Z in a field must not undo the map.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      closeVoteDialog();
      return;
    }
    wrapTab(event, box.current);
  };

  return (
    <div className="modal-backdrop" onMouseDown={keepFocusInDialog}>
      <form ref={box} className="modal vote-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-message`} onKeyDown={onKeyDown} onSubmit={start} noValidate>
        <h2 id={`${id}-title`} className="modal__title">
          Start a vote
        </h2>
        <p id={`${id}-message`} className="modal__message">
          The laptop goes round: each person places their dots on steps, gaps, pain points or opportunities, and sees only their own until the result is revealed.
        </p>
        <div className="field">
          <label htmlFor={`${id}-question`} className="field__label">
            Question
          </label>
          <input id={`${id}-question`} className="field__input" maxLength={MAP_LIMITS.titleLength} value={question} onChange={(event) => setQuestion(event.target.value)} />
        </div>
        <div className="field-row">
          <CountField id={`${id}-dots`} label="Dots per person" value={dots} problem={problems.dots} onChange={setDots} />
          <CountField id={`${id}-people`} label="People voting" value={people} problem={problems.people} onChange={setPeople} />
        </div>
        <div className="modal__choices">
          <button type="button" className="button" onClick={() => closeVoteDialog()}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Start
          </button>
        </div>
      </form>
    </div>
  );
}

interface CountFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly problem: string | undefined;
  readonly onChange: (value: string) => void;
}

function CountField({ id, label, value, problem, onChange }: CountFieldProps) {
  return (
    <div className="field field--number">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        inputMode="numeric"
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="field__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
