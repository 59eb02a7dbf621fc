import { useEffect, useRef, useState } from 'react';
import type { RecoveryListing } from '../../shared/host/hostApi';
import { getHost, isDesktopHost } from '../host/host';
import { discardRecoveryCopy, restoreRecoveryCopy, revealRecoveryCopy } from './documentFiles';
import { useFileStore } from './fileState';
import { RecoveryOfferList, type RecoveryOfferActions } from './RecoveryOfferList';

const NOTHING: RecoveryListing = { copies: [], unreadable: [], more: 0, next: null };

/** The listing without the document on screen, which keeps its own copy fresh: only the others are offered. */
function withoutOwn(listing: RecoveryListing): RecoveryListing {
  const own = useFileStore.getState().documentId;
  return { ...listing, copies: listing.copies.filter((copy) => copy.documentId !== own), unreadable: listing.unreadable.filter((entry) => entry.documentId !== own) };
}

/**
 * On start: the maps that had unsaved changes when the app last stopped (RecoveryOfferList). A calm
 * strip under the toolbar; the work in the window goes on around it.
 */
export function RecoveryOffer() {
  const [listing, setListing] = useState<RecoveryListing>(NOTHING);
  // The pages asked for, so that a second click on Show More before the answer adds nothing twice.
  const asked = useRef(new Set<string>());
  useEffect(() => {
    let live = true;
    void getHost()
      ['recovery:list']()
      .then((result) => {
        if (live && result.ok) setListing(withoutOwn(result.value));
      });
    return () => {
      live = false;
    };
  }, []);

  const settled =
    (documentId: string) =>
    (done: boolean): boolean => {
      if (done) setListing((current) => ({ ...current, copies: current.copies.filter((copy) => copy.documentId !== documentId), unreadable: current.unreadable.filter((entry) => entry.documentId !== documentId) }));
      return done;
    };

  const actions: RecoveryOfferActions = {
    restore: (copy) => restoreRecoveryCopy(copy).then(settled(copy.documentId)),
    discard: (entry) => discardRecoveryCopy(entry).then(settled(entry.documentId)),
    reveal: revealRecoveryCopy,
    showMore: () => {
      const after = listing.next;
      if (after === null || asked.current.has(after)) return;
      asked.current.add(after);
      void getHost()
        ['recovery:list']({ after })
        .then((result) => {
          if (!result.ok) return;
          const page = withoutOwn(result.value);
          setListing((current) => ({ copies: [...current.copies, ...page.copies], unreadable: [...current.unreadable, ...page.unreadable], more: page.more, next: page.next }));
        });
    },
  };

  return <RecoveryOfferList listing={listing} actions={actions} revealLabel={isDesktopHost() ? 'Show File' : 'Download'} />;
}
