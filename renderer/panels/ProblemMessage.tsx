import { useSessionStore } from '../store/sessionStore';

/** Why the last file did not open, floating over the canvas so nothing below it moves. */
export function ProblemMessage() {
  const failedOpen = useSessionStore((state) => state.failedOpen);
  const dismiss = useSessionStore((state) => state.reportFailedOpen);
  if (!failedOpen) return null;
  return (
    <div className="problem-message" role="alert">
      <div className="problem-message__text">
        <p className="problem-message__heading">“{failedOpen.fileName}” could not be opened.</p>
        <ul className="problem-message__problems">
          {failedOpen.problems.map((problem, index) => (
            <li key={index}>
              {problem.message}
              {problem.path !== '$' && <span className="problem-message__path"> ({problem.path})</span>}
            </li>
          ))}
        </ul>
        <p className="problem-message__note">The map on screen is unchanged.</p>
      </div>
      <button type="button" className="button button--quiet" onClick={() => dismiss(null)}>
        Dismiss
      </button>
    </div>
  );
}
