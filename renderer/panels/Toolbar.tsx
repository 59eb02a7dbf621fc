import { useRef, type ChangeEvent } from 'react';
import { openFile } from '../files/openFile';
import { useDocumentStore } from '../store/documentStore';

/** The slim bar at the top: the app, the open map's title, and the Open… button. */
export function Toolbar() {
  const title = useDocumentStore((state) => state.map.title);
  return (
    <header className="toolbar">
      <span className="toolbar__brand">Outside-In</span>
      <span className="toolbar__separator" aria-hidden="true" />
      <h1 className={title ? 'toolbar__title' : 'toolbar__title toolbar__title--none'}>{title ?? 'No map open'}</h1>
      <div className="toolbar__actions">
        <OpenButton />
      </div>
    </header>
  );
}

function OpenButton() {
  const input = useRef<HTMLInputElement>(null);
  const chosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) still fires a change.
    event.target.value = '';
    if (file) void openFile(file);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Open…
      </button>
      <input ref={input} type="file" accept=".journey,application/json" hidden onChange={chosen} aria-label="Open a .journey file" />
    </>
  );
}
