import { useSyncExternalStore } from 'react';
import type { CommandId } from '../../shared/commands/commandIds';
import { useDocumentStore } from '../store/documentStore';
import { useOutlineFocus } from '../store/outlineFocus';
import { usePresentationStore } from '../store/presentationStore';
import { useSessionStore } from '../store/sessionStore';
import { useTimerStore } from '../store/timerStore';
import { isEnabled } from './dispatch';

// Enabled predicates read the document, its history, the session, the outline's focus, the
// presentation and the timer; any of them changing may flip a button, so a button listens to all
// and re-renders only when its answer changes.
function subscribe(onChange: () => void): () => void {
  const stops = [
    useDocumentStore.subscribe(onChange),
    useDocumentStore.temporal.subscribe(onChange),
    useSessionStore.subscribe(onChange),
    useOutlineFocus.subscribe(onChange),
    usePresentationStore.subscribe(onChange),
    useTimerStore.subscribe(onChange),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

/** Whether the command can run now, kept current as the stores change. */
export function useCommandEnabled(id: CommandId): boolean {
  return useSyncExternalStore(subscribe, () => isEnabled(id));
}
