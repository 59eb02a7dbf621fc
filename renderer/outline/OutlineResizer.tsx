import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { OUTLINE_WIDTH } from '../../shared/host/hostApi';
import { usePreferencesStore } from '../preferences/preferencesStore';

/** How far one arrow key press widens or narrows the outline. */
const KEY_STEP = 20;

const clampWidth = (width: number): number => Math.round(Math.min(OUTLINE_WIDTH.max, Math.max(OUTLINE_WIDTH.min, width)));

/**
 * The outline's right edge, dragged (or moved with ← and →) to make the outline wider for long
 * titles. While it is dragged the width follows the pointer on the page alone; on release it is
 * kept in the preferences, so the next start has it too.
 */
export function OutlineResizer() {
  const width = usePreferencesStore((state) => state.preferences.outlineWidth);
  const handle = useRef<HTMLDivElement>(null);

  const keep = (next: number): Promise<boolean> => usePreferencesStore.getState().change({ outlineWidth: clampWidth(next) });

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    const workspace = handle.current?.closest<HTMLElement>('.workspace');
    if (!workspace) return;
    const startX = event.clientX;
    let next = width;
    const move = (moved: globalThis.PointerEvent): void => {
      next = clampWidth(width + moved.clientX - startX);
      workspace.style.setProperty('--outline-width', `${next}px`);
    };
    const up = (): void => {
      document.removeEventListener('pointermove', move);
      document.removeEventListener('pointerup', up);
      // The dragged width stays on the page until the kept one has replaced it: no jump back.
      const settle = (): void => {
        workspace.style.removeProperty('--outline-width');
      };
      if (next === width) settle();
      else void keep(next).then(settle);
    };
    document.addEventListener('pointermove', move);
    document.addEventListener('pointerup', up);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const by = event.key === 'ArrowRight' ? KEY_STEP : event.key === 'ArrowLeft' ? -KEY_STEP : 0;
    if (by === 0) return;
    event.preventDefault();
    void keep(width + by);
  };

  return (
    <div
      ref={handle}
      className="outline-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Outline width"
      aria-valuemin={OUTLINE_WIDTH.min}
      aria-valuemax={OUTLINE_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      title="Drag to widen the outline"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
