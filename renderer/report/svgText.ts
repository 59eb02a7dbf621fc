import inter400Url from '../../assets/fonts/inter-latin-400-normal.woff2?url';
import inter600Url from '../../assets/fonts/inter-latin-600-normal.woff2?url';
import { FONT_FAMILY } from '../theme/palette';

/** How a piece of the map's text is set: size in layout pixels, weight, slant and tracking. */
export interface TextStyle {
  readonly size: number;
  readonly weight: 400 | 600;
  readonly italic?: boolean;
  readonly letterSpacing?: number;
}

// Inter's cap height as a share of the em: a line's baseline sits half of it below the line's
// middle, so capitals and figures look centred in their box in every SVG viewer (no reliance on
// dominant-baseline, which some editors ignore).
const CAP_HEIGHT = 0.727;

/** The baseline that centres a line of `style` text on `middle`. */
export function baselineAt(middle: number, style: TextStyle): number {
  return middle + (style.size * CAP_HEIGHT) / 2;
}

const widths = new Map<string, number>();
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
 * How wide `text` is drawn in `style`, measured by a canvas with the same font the SVG uses, so
 * wrapping and ellipses match what prints. Without a DOM (server rendering in unit tests) Inter's
 * average advance stands in: those renderings are checked for structure, not for line breaks.
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

const loadedFonts = new Set<string>();

// Asked once per font rather than per word: a face once loaded stays, and asking for every word
// took about 30 ms of a 200-step report's rendering.
function fontLoaded(font: string): boolean {
  if (loadedFonts.has(font)) return true;
  const loaded = document.fonts.check(font);
  if (loaded) loadedFonts.add(font);
  return loaded;
}

let loading: Promise<void> | null = null;

/**
 * Loads the bundled Inter faces into the page (whatever its style sheets declare) and forgets
 * widths measured before they arrived. Await it before painting a map whose text must wrap as printed.
 */
export function loadMapFonts(): Promise<void> {
  loading ??= (async () => {
    const faces = [new FontFace('Inter', `url(${inter400Url}) format('woff2')`, { weight: '400' }), new FontFace('Inter', `url(${inter600Url}) format('woff2')`, { weight: '600' })];
    // A face that fails to load leaves the fallback face: the map still prints, measured in it.
    await Promise.allSettled(faces.map(async (face) => document.fonts.add(await face.load())));
    widths.clear();
    loadedFonts.clear();
  })();
  return loading;
}
