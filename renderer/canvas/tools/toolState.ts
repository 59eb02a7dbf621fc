import type { ScrollAxes } from '../../../shared/layout/autoScroll';
import type { Point } from '../../../shared/layout/geometry';
import type { StepBox } from '../../../shared/layout/mapLayout';
import type { LiveCanvas } from '../canvasView';

/** Where a gesture's pointer is, as every state of a gesture hears it. */
export interface DragInput {
  /** On screen, relative to the canvas viewport's top-left corner. */
  readonly screen: Point;
  /** Where the press was, on screen. */
  readonly origin: Point;
  /** In the page's viewport (client) pixels: where a floating ghost is drawn. */
  readonly client: Point;
  /** The map point of the scrolling body under the pointer. */
  readonly at: Point;
  /** How far the pointer has moved over the map since the press, in map pixels: scrolling the map under a still pointer moves it too. */
  readonly dx: number;
  readonly dy: number;
  /** Whether the pointer is over the canvas viewport (not over a panel beside it). */
  readonly overCanvas: boolean;
  readonly shiftKey: boolean;
  /** The canvas as scrolled now. */
  readonly canvas: LiveCanvas;
}

/**
 * One canvas gesture from press to release, as a small state (tldraw's child states): it hears the
 * pointer once it has travelled past the drag threshold, and either drops or is cancelled —
 * Escape, the map replaced or undone under it, the pointer lost — by the one input adapter.
 */
export interface ToolState {
  /** Which ways the view scrolls while the pointer rests near an edge; none when left out. */
  readonly autoScroll?: ScrollAxes;
  /** The cursor while the pointer drags. */
  readonly cursor?: string;
  move?(input: DragInput): void;
  /** The pointer was released; `moved` says whether it ever passed the threshold (else: a click). */
  drop(input: DragInput, moved: boolean): void;
  /** The gesture ends without its change: nothing it previewed stays. */
  cancel?(): void;
}

/** What the states do to the screen beside the stores: carry cards on their own layer, and scroll. */
export interface ToolSurface {
  /** Draws these cards `dx`, `dy` map pixels from their places, on the layer above the others. */
  carry(cards: readonly StepBox[], dx: number, dy: number): void;
  /** Puts carried cards back to rest. */
  release(): void;
  scrollPosition(): { readonly left: number; readonly top: number };
  scrollTo(left: number, top: number): void;
}
