import type { TextStyle } from '../../shared/style/textStyle';

/** A text style as Konva's `fontStyle`: slant and weight, `normal` for upright regular text. */
export function konvaFontStyle({ weight, italic = false }: TextStyle): string {
  const words = [italic ? 'italic' : '', weight === 400 ? '' : String(weight)].filter((word) => word !== '');
  return words.length > 0 ? words.join(' ') : 'normal';
}
