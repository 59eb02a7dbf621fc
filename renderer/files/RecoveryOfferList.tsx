import type { RecoveryCopySummary, RecoveryListing, UnreadableRecoveryCopy } from '../../shared/host/hostApi';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function timeOf(updatedAt: string | null): string {
  const date = new Date(updatedAt ?? '');
  return Number.isNaN(date.getTime()) ? '' : when.format(date);
}

/** What the offer's buttons do; each resolves true when the entry is settled and leaves the list. */
export interface RecoveryOfferActions {
  restore(copy: RecoveryCopySummary): Promise<boolean>;
  discard(entry: { readonly documentId: string }): Promise<boolean>;
  reveal(entry: UnreadableRecoveryCopy): Promise<boolean>;
  showMore(): void;
}

interface RecoveryOfferListProps {
  readonly listing: RecoveryListing;
  readonly actions: RecoveryOfferActions;
  /** The button that hands an unreadable copy over: "Show File" on the desktop, "Download" in the browser. */
  readonly revealLabel: string;
}

/**
 * The maps that had unsaved changes when the app last stopped: each readable copy with Restore and
 * Discard; a damaged copy, or one a newer version kept, said for what it is, with its file to rescue
 * and Discard (it is never removed unasked); and how many more there are past this page.
 */
export function RecoveryOfferList({ listing, actions, revealLabel }: RecoveryOfferListProps) {
  const { copies, unreadable, more } = listing;
  const total = copies.length + unreadable.length + more;
  if (total === 0) return null;
  return (
    <section className="recovery-offer" aria-label="Unsaved changes from last time">
      <p className="recovery-offer__intro">{total === 1 ? 'A map had unsaved changes when Outside-In last closed.' : `${total} maps had unsaved changes when Outside-In last closed.`}</p>
      <ul className="recovery-offer__copies">
        {copies.map((copy) => (
          <li key={copy.documentId} className="recovery-offer__copy" aria-label={copy.title || 'Untitled map'}>
            <span className="recovery-offer__title">{copy.title || 'Untitled map'}</span>
            <span className="recovery-offer__detail">
              {copy.fileName ?? 'never saved'}
              {timeOf(copy.updatedAt) && ` · ${timeOf(copy.updatedAt)}`}
            </span>
            <span className="recovery-offer__actions">
              <button type="button" className="button button--small button--primary" onClick={() => void actions.restore(copy)}>
                Restore
              </button>
              <button type="button" className="button button--small" onClick={() => void actions.discard(copy)}>
                Discard
              </button>
            </span>
          </li>
        ))}
        {unreadable.map((entry) => (
          <li key={entry.documentId} className="recovery-offer__copy recovery-offer__unreadable" aria-label={entry.title || 'A recovery copy'}>
            <span className="recovery-offer__title">{entry.title || 'A recovery copy'}</span>
            <span className="recovery-offer__detail">
              {entry.message} It stays until you discard it.
              {timeOf(entry.updatedAt) && ` · ${timeOf(entry.updatedAt)}`}
            </span>
            <span className="recovery-offer__actions">
              <button type="button" className="button button--small" onClick={() => void actions.reveal(entry)}>
                {revealLabel}
              </button>
              <button type="button" className="button button--small" onClick={() => void actions.discard(entry)}>
                Discard
              </button>
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="recovery-offer__more">
          {more} more not shown.{' '}
          <button type="button" className="button button--small" onClick={actions.showMore}>
            Show More
          </button>
        </p>
      )}
    </section>
  );
}
