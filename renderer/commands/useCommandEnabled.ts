import { useSyncExternalStore } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { commandById } from './commands';

// Enabled predicates read the document, its history and the session; any of them changing may
// flip a button, so a button listens to all three and re-renders only when its answer changes.
function subscribe(onChange: () => void): () => void {
  const stops = [useDocumentStore.subscribe(onChange), useDocumentStore.temporal.subscribe(onChange), useSessionStore.subscribe(onChange)];
  return () => {
    for (const stop of stops) stop();
  };
}

/** Whether the command can run now, kept current as the stores change. */
export function useCommandEnabled(id: string): boolean {
  const command = commandById(id);
  return useSyncExternalStore(subscribe, () => command.enabled?.() ?? true);
}
