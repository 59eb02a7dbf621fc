import { useEffect, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { CAPTURE_PREFIXES, capturePlace, readCaptureLine } from '../../shared/edit/capture';
import { MAP_LIMITS } from '../../shared/model/limits';
import { capturePlaceWords } from './capturePlaceWords';
import { dispatch } from '../commands/dispatch';
import { useDocumentStore } from '../store/documentStore';
import { captureText } from './captureText';
import { useCaptureStore } from './captureStore';
import './capture.css';

/**
 * The capture bar: one line to type what someone in the room just said. Enter adds it and keeps
 * the bar open for the next; a first character sends it to another lane or the parking lot;
 * pasted lines become one step each. Ctrl+Z on an empty line takes back the last line added;
 * Escape closes the bar and gives the focus back to where it was.
 */
export function CaptureBar() {
  const open = useCaptureStore((state) => state.open);
  return open ? <OpenCaptureBar /> : null;
}

function OpenCaptureBar() {
  const openings = useCaptureStore((state) => state.openings);
  const capture = useCaptureStore((state) => state.capture);
  const map = useDocumentStore((state) => state.map);
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  // Every Ctrl+K brings the focus back to the line, even while the bar is open.
  useEffect(() => input.current?.focus(), [openings]);

  const close = (): void => {
    const { returnFocus, closeBar } = useCaptureStore.getState();
    closeBar();
    if (returnFocus?.isConnected) returnFocus.focus();
    else document.querySelector<HTMLElement>('[data-shortcut-scope="canvas"]')?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (captureText(text)) setText('');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (mod && event.key.toLowerCase() === 'z' && text === '') {
      // Nothing typed to take back: the last line added goes instead (Shift: comes back).
      event.preventDefault();
      dispatch(event.shiftKey ? 'history.redo' : 'history.undo');
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>): void => {
    const pasted = event.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(pasted.trim())) return;
    // Several lines: one step (or note) each, with what is already typed as the first line's start.
    event.preventDefault();
    if (captureText(text + pasted)) setText('');
  };

  return (
    <div className="capture-bar" role="search" aria-label="Capture">
      <div className="capture-bar__line">
        <span className="capture-bar__label" aria-hidden="true">
          Capture
        </span>
        <input
          ref={input}
          className="capture-bar__input"
          type="text"
          value={text}
          maxLength={MAP_LIMITS.titleLength + 2}
          placeholder="What was just said…"
          aria-label="Capture a step"
          aria-describedby={hintId}
          spellCheck
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        <button type="button" className="button button--quiet capture-bar__close" aria-label="Close the capture bar" title="Close (Esc)" onClick={close}>
          ×
        </button>
      </div>
      <p className="capture-bar__next" aria-live="polite">
        {capturePlaceWords(map, capturePlace(map, readCaptureLine(text), capture))}
      </p>
      <p id={hintId} className="capture-bar__hint">
        <kbd>Enter</kbd> next journey step · <kbd>{CAPTURE_PREFIXES.process}</kbd> Lane: a process step under it · <kbd>{CAPTURE_PREFIXES.context}</kbd> Lane: context ·{' '}
        <kbd>{CAPTURE_PREFIXES.note}</kbd> parking lot · <kbd>Esc</kbd> close
      </p>
    </div>
  );
}

