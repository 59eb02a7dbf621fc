import { FONT_FAMILY } from '../../shared/style/palette';
import type { TextStyle } from '../../shared/style/textStyle';

const widths = new Map<string, number>();
const loadedFonts = new Set<string>();
let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return context;
}

/** The CSS font shorthand of a style, as both the canvas and the SVG are set. */
export function cssFont(style: TextStyle): string {
  return `${style.italic ? 'italic ' : ''}${style.weight} ${style.size}px ${FONT_FAMILY}`;
}

/**
 * How wide `text` is drawn in `style`, measured by a canvas with the font both painters use, so
 * wrapping, ellipses and the cards' tags match what is drawn and printed. Without a DOM (server
 * rendering in unit tests) Inter's average advance stands in: those renderings are checked for
 * structure, not for line breaks.
 */
export function measureText(text: string, style: TextStyle): number {
  const font = cssFont(style);
  const key = `${font}|${style.letterSpacing ?? 0}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const ctx = canvasContext();
  let width: number;
  if (ctx) {
    ctx.font = font;
    width = ctx.measureText(text).width;
  } else {
    width = Array.from(text).length * style.size * 0.56;
  }
  width += Array.from(text).length * (style.letterSpacing ?? 0);
  // A width measured while the face is still loading is the fallback face's: use it, keep it not.
  if (!ctx || fontLoaded(font)) widths.set(key, width);
  return width;
}

// Asked once per font rather than per word: a face once loaded stays, and asking for every word
// took about 30 ms of a 200-step report's rendering.
function fontLoaded(font: string): boolean {
  if (loadedFonts.has(font)) return true;
  const loaded = document.fonts.check(font);
  if (loaded) loadedFonts.add(font);
  return loaded;
}

/** Forgets every width measured so far: the faces changed, so they are measured again. */
export function forgetMeasuredWidths(): void {
  widths.clear();
  loadedFonts.clear();
}
