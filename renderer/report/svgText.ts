import inter400Url from '../../assets/fonts/inter-latin-400-normal.woff2?url';
import inter600Url from '../../assets/fonts/inter-latin-600-normal.woff2?url';
import type { TextStyle } from '../../shared/style/textStyle';
import { forgetMeasuredWidths } from '../theme/measureText';

// Inter's cap height as a share of the em: a line's baseline sits half of it below the line's
// middle, so capitals and figures look centred in their box in every SVG viewer (no reliance on
// dominant-baseline, which some editors ignore).
const CAP_HEIGHT = 0.727;

/** The baseline that centres a line of `style` text on `middle`. */
export function baselineAt(middle: number, style: TextStyle): number {
  return middle + (style.size * CAP_HEIGHT) / 2;
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
    forgetMeasuredWidths();
  })();
  return loading;
}
