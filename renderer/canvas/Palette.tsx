import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { openVote } from '../../shared/edit/voteTurns';
import { dispatch } from '../commands/dispatch';
import { useDocumentStore } from '../store/documentStore';
import { placingFromPalette } from './tools/placingFromPalette';
import { startCanvasGesture } from './tools/useCanvasInput';

/**
 * The floating palette over the canvas: drag the Step chip onto a lane and column to add a step
 * there (with the same drop preview and live gaps as a card drag); or press it (Enter, Space,
 * click) to add a step after the selection, as the N key does. While the room votes it gives its
 * place to the vote bar: cards are for dots then.
 */
export function Palette() {
  const voting = useDocumentStore((state) => openVote(state.map) !== null);
  return voting ? null : <PaletteChip />;
}

function PaletteChip() {
  const ghost = useRef<HTMLDivElement>(null);
  const dragged = useRef(false);

  const onPointerDown = (event: ReactPointerEvent<HTMLButtonElement>): void => {
    if (event.button !== 0) return;
    dragged.current = false;
    startCanvasGesture(
      event.nativeEvent,
      placingFromPalette({
        at: (client) => {
          dragged.current = true;
          if (!ghost.current) return;
          ghost.current.hidden = false;
          ghost.current.style.transform = `translate(${client.x + 10}px, ${client.y + 10}px)`;
        },
        end: () => {
          if (ghost.current) ghost.current.hidden = true;
        },
      }),
    );
  };

  return (
    <div className="canvas-palette" role="toolbar" aria-label="Palette">
      <button
        type="button"
        className="canvas-palette__chip"
        title="Drag onto a lane to add a step there, or press to add one after the selection (N)"
        onPointerDown={onPointerDown}
        onClick={() => {
          // A drag that ended on the chip itself is not a press.
          if (dragged.current) dragged.current = false;
          else dispatch('step.add');
        }}
      >
        <span className="canvas-palette__card" aria-hidden="true" />
        Step
      </button>
      <div ref={ghost} className="canvas-palette__ghost" hidden aria-hidden="true">
        New step
      </div>
    </div>
  );
}
