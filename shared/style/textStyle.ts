/** How a piece of the map's text is set: size in layout pixels, weight, slant and tracking. */
export interface TextStyle {
  readonly size: number;
  readonly weight: 400 | 600;
  readonly italic?: boolean;
  readonly letterSpacing?: number;
}

/** How wide a painter draws `text` in `style`, in layout pixels (measured by the painter, which knows its fonts). */
export type MeasureStyledText = (text: string, style: TextStyle) => number;

/** Lines of the map's wrapped text are this many times their font size apart, on screen and on paper. */
export const LINE_HEIGHT = 1.25;
