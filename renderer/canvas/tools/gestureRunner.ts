import type { Point } from '../../../shared/layout/geometry';
import { toMap } from '../../../shared/layout/viewTransform';
import { useDocumentStore } from '../../store/documentStore';
import type { LiveCanvas } from '../canvasView';
import type { DragInput, ToolState } from './toolState';

/** Pixels a pointer must travel before a press becomes a drag: a click must not nudge anything. */
export const DRAG_THRESHOLD = 4;

/** A pointer position as the runner hears it: on screen relative to the canvas, and in page (client) pixels. */
export interface PointerAt {
  readonly screen: Point;
  readonly client: Point;
  readonly overCanvas: boolean;
  readonly shiftKey: boolean;
}

/**
 * Runs one gesture at a time, with one drag threshold and one cancel rule for every state: it
 * passes the pointer on once it has travelled past the threshold, drops on release, and cancels on
 * Escape, when the pointer is lost, or when the map is replaced or undone under the gesture (a
 * gesture picked up on one map must not land on another). The DOM adapter (useCanvasInput) and
 * the tests' driver feed it the same way.
 */
export class GestureRunner {
  private state: ToolState | null = null;
  private origin: Point = { x: 0, y: 0 };
  private originOnMap: Point = { x: 0, y: 0 };
  private last: PointerAt | null = null;
  private moved = false;
  private stopWatch: (() => void) | null = null;
  private onEnd: (() => void) | null = null;

  /** `canvas` gives the canvas as scrolled at this moment (the scroller may be ahead of the last render). */
  constructor(private readonly canvas: () => LiveCanvas | null) {}

  /** Whether a gesture is under way. */
  get active(): boolean {
    return this.state !== null;
  }

  /** The state of the gesture under way, if any. */
  get current(): ToolState | null {
    return this.state;
  }

  /** Starts a gesture pressed at `press`; `onEnd` runs once it drops or is cancelled. */
  begin(state: ToolState, press: PointerAt, onEnd?: () => void): void {
    this.end();
    const canvas = this.canvas();
    this.state = state;
    this.origin = press.screen;
    this.originOnMap = canvas ? toMap(canvas.view, press.screen) : press.screen;
    this.last = press;
    this.moved = false;
    this.onEnd = onEnd ?? null;
    const startedOn = useDocumentStore.getState().map;
    this.stopWatch = useDocumentStore.subscribe((document) => {
      if (document.map !== startedOn) this.cancel();
    });
  }

  /** The pointer moved; below the threshold a press stays a press. */
  move(pointer: PointerAt): void {
    if (!this.state) return;
    if (!this.moved && Math.hypot(pointer.screen.x - this.origin.x, pointer.screen.y - this.origin.y) < DRAG_THRESHOLD) return;
    this.moved = true;
    this.last = pointer;
    this.report();
  }

  /** The map scrolled under a pointer that stands still: the state hears the pointer again. */
  refresh(): void {
    if (this.state && this.moved) this.report();
  }

  /**
   * The pointer was released: the state drops, as a drag or, below the threshold, as a click.
   * Released away from the canvas (over a panel beside it), a drag is cancelled: nothing lands
   * where the pointer cannot show it.
   */
  up(pointer: PointerAt): void {
    const state = this.state;
    if (!state) return;
    if (this.moved && !pointer.overCanvas) {
      this.cancel();
      return;
    }
    const input = this.inputAt(pointer);
    const moved = this.moved;
    this.end();
    if (input) state.drop(input, moved);
  }

  /** Escape, a lost pointer, or the map changed under the gesture: it ends without its change. */
  cancel(): void {
    const state = this.state;
    if (!state) return;
    this.end();
    state.cancel?.();
  }

  private report(): void {
    const input = this.last && this.inputAt(this.last);
    if (input) this.state?.move?.(input);
  }

  private inputAt(pointer: PointerAt): DragInput | null {
    const canvas = this.canvas();
    if (!canvas) return null;
    const at = toMap(canvas.view, pointer.screen);
    return { ...pointer, origin: this.origin, at, dx: at.x - this.originOnMap.x, dy: at.y - this.originOnMap.y, canvas };
  }

  private end(): void {
    this.stopWatch?.();
    this.stopWatch = null;
    this.state = null;
    const onEnd = this.onEnd;
    this.onEnd = null;
    onEnd?.();
  }
}
