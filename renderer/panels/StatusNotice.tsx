import { useEffect } from 'react';
import { dispatch } from '../commands/dispatch';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';

/** How long a notice stays before it goes by itself; long enough to read twice. */
const NOTICE_MS = 8000;

/**
 * A short message at the foot of the window for things that did not happen as asked (a paste with
 * nothing to paste, a recovery copy that could not be kept) or are under way (an export): announced politely to screen
 * readers, gone after a while or when dismissed, never in the way of the map.
 */
export function StatusNotice() {
  const notice = useSessionStore((state) => state.notice);
  const notify = useSessionStore((state) => state.notify);
  // While an export runs its notice says so and stays: a large PDF can take longer than NOTICE_MS.
  const exporting = useSessionStore((state) => state.exporting);
  // Undo is offered only while the map is still the one the notice's change left.
  const offersUndo = useSessionStore((state) => state.noticeUndoes) === useDocumentStore((state) => state.map);
  useEffect(() => {
    if (!notice || exporting) return;
    const timer = window.setTimeout(() => notify(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, exporting, notify]);
  return (
    <div className="status-notice" role="status" aria-live="polite">
      {notice && (
        <div className="status-notice__message">
          <span>{notice}</span>
          {offersUndo && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                notify(null);
                dispatch('history.undo');
              }}
            >
              Undo
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={() => notify(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
