// What a deck is made of, in points on a 16:9 slide of 960 × 540 (13.33 × 7.5 inches): shapes and
// text boxes only, so that every word stays text a consultant can select and edit. The shared
// slide builders (shared/deck/slides) work these out; one writer turns them into a PowerPoint file.

/** The slide's size in points. */
export const DECK_SLIDE = { width: 960, height: 540 } as const;

/** A piece of a text box set in one way; `paragraph` starts a new paragraph before it. */
export interface DeckRun {
  readonly text: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly colour?: string;
  readonly paragraph?: boolean;
}

/** A text box: real text, wrapped by the slide's program within the box. */
export interface DeckText {
  readonly kind: 'text';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly runs: readonly DeckRun[];
  /** The runs' size, weight and colour unless a run says otherwise. */
  readonly size: number;
  readonly bold?: boolean;
  readonly colour: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly valign?: 'top' | 'middle' | 'bottom';
  /** Degrees clockwise; 270 reads bottom to top. */
  readonly rotate?: number;
}

/** A rectangle, square or with rounded corners. */
export interface DeckRect {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly fill?: string;
  /** 0 (opaque) to 100 (clear). */
  readonly transparency?: number;
  readonly line?: string;
  readonly lineWidth?: number;
  readonly dashed?: boolean;
  /** Corner radius in points. */
  readonly radius?: number;
}

/** An ellipse in its box. */
export interface DeckEllipse {
  readonly kind: 'ellipse';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly fill: string;
  readonly line?: string;
  readonly lineWidth?: number;
}

/** A point of a path, relative to the path's box; `move` lifts the pen before it, `curve` reaches it along a cubic Bézier. */
export interface DeckPoint {
  readonly x: number;
  readonly y: number;
  readonly move?: boolean;
  readonly curve?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

/** Lines and curves as one shape: hatching, an emotion curve. */
export interface DeckPath {
  readonly kind: 'path';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly points: readonly DeckPoint[];
  readonly line: string;
  readonly lineWidth: number;
  /** 0 (opaque) to 100 (clear). */
  readonly transparency?: number;
}

/** Anything drawn on a slide. */
export type DeckShape = DeckText | DeckRect | DeckEllipse | DeckPath;

/** One slide: what it is (for people and tests), its shapes back to front, and its speaker notes. */
export interface DeckSlide {
  readonly kind: 'title' | 'findings' | 'overview' | 'whatChanged' | 'stage' | 'gaps' | 'emotion' | 'opportunities';
  readonly shapes: readonly DeckShape[];
  readonly notes?: string;
}

/** A whole deck. */
export interface Deck {
  readonly title: string;
  readonly author?: string;
  readonly company?: string;
  readonly slides: readonly DeckSlide[];
}
