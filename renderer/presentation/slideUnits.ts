import type { CSSProperties } from 'react';
import type { TextStyle } from '../../shared/style/textStyle';

/**
 * A length in slide-frame pixels (shared/presentation/slideStyle.ts): `--u` is one frame pixel in
 * CSS pixels, set by the presentation from the window's size, so a slide scales as a whole.
 */
export const u = (pixels: number): string => `calc(${pixels} * var(--u))`;

/** A text style of the slides as CSS, in frame pixels. */
export const textOf = (style: TextStyle): CSSProperties => ({ fontSize: u(style.size), fontWeight: style.weight, ...(style.italic ? { fontStyle: 'italic' } : {}) });
