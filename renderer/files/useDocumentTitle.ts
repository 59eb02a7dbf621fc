import { useEffect } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { documentName, useFileStore, useIsDirty } from './fileState';
import { isLeavingWithoutAsking } from './unloadGuard';

/** The window's title: "Name — Outside-In", with "• " in front while there are unsaved changes. */
export function windowTitle(name: string, dirty: boolean): string {
  return `${dirty ? '• ' : ''}${name} — Outside-In`;
}

/**
 * Keeps the page title on the document's name and dirty mark (the desktop edition shows it as the
 * window title), and has the browser ask before a page with unsaved changes is closed or reloaded.
 */
export function useDocumentTitle(): void {
  const dirty = useIsDirty();
  const title = useDocumentStore((state) => state.map.title);
  const fileName = useFileStore((state) => state.fileName);
  useEffect(() => {
    document.title = windowTitle(documentName(useDocumentStore.getState().map, useFileStore.getState()), dirty);
  }, [dirty, title, fileName]);
  useEffect(() => {
    // The browser asks in its own words. In the desktop edition the cancelled unload is the main
    // process's cue to ask Save / Don't Save / Cancel in a native dialog (will-prevent-unload).
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent): void => {
      if (isLeavingWithoutAsking()) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
}
