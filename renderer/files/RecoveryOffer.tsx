import { useEffect, useState } from 'react';
import type { RecoveryCopy } from '../../shared/host/hostApi';
import { getHost } from '../host/host';
import { discardRecoveryCopy, restoreRecoveryCopy } from './documentFiles';
import { useFileStore } from './fileState';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function timeOf(copy: RecoveryCopy): string {
  const date = new Date(copy.updatedAt);
  return Number.isNaN(date.getTime()) ? '' : when.format(date);
}

/**
 * On start: the maps that had unsaved changes when the app last stopped, each with Restore and
 * Discard. A calm strip under the toolbar; the work in the window goes on around it.
 */
export function RecoveryOffer() {
  const [copies, setCopies] = useState<readonly RecoveryCopy[]>([]);
  useEffect(() => {
    let live = true;
    void getHost()
      ['recovery:list']()
      .then((result) => {
        // The document on screen keeps its own copy fresh; only the others are offered.
        const own = useFileStore.getState().documentId;
        if (live && result.ok) setCopies(result.value.filter((copy) => copy.documentId !== own));
      });
    return () => {
      live = false;
    };
  }, []);

  if (copies.length === 0) return null;
  const settle = (copy: RecoveryCopy) => (done: boolean) => {
    if (done) setCopies((current) => current.filter((candidate) => candidate.documentId !== copy.documentId));
  };

  return (
    <section className="recovery-offer" aria-label="Unsaved changes from last time">
      <p className="recovery-offer__intro">
        {copies.length === 1 ? 'A map had unsaved changes when Outside-In last closed.' : `${copies.length} maps had unsaved changes when Outside-In last closed.`}
      </p>
      <ul className="recovery-offer__copies">
        {copies.map((copy) => (
          <li key={copy.documentId} className="recovery-offer__copy" aria-label={copy.title || 'Untitled map'}>
            <span className="recovery-offer__title">{copy.title || 'Untitled map'}</span>
            <span className="recovery-offer__detail">
              {copy.fileName ?? 'never saved'}
              {timeOf(copy) && ` · ${timeOf(copy)}`}
            </span>
            <span className="recovery-offer__actions">
              <button type="button" className="button button--small button--primary" onClick={() => void restoreRecoveryCopy(copy).then(settle(copy))}>
                Restore
              </button>
              <button type="button" className="button button--small" onClick={() => void discardRecoveryCopy(copy).then(settle(copy))}>
                Discard
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
