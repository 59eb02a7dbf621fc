import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import inter400 from '../../assets/fonts/inter-latin-400-normal.woff2?inline';
import inter600 from '../../assets/fonts/inter-latin-600-normal.woff2?inline';
import { layoutMap } from '../../shared/layout/layoutMap';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { MapSvg } from './MapSvg';

// The faces travel inside the file as data URLs, so the SVG shows Inter on a machine without it,
// offline, and when drawn into a canvas (an SVG image may load nothing from outside itself).
const FONT_FACES = [
  `@font-face{font-family:'Inter';font-style:normal;font-weight:400;src:url(${inter400}) format('woff2')}`,
  `@font-face{font-family:'Inter';font-style:normal;font-weight:600;src:url(${inter600}) format('woff2')}`,
].join('');

/**
 * The whole map (not tiled) as a standalone SVG file: XML prolog, the Inter faces embedded, vector
 * shapes and real text, one <text> per step title. Text is wrapped with the page's measurements,
 * so call it once the map's fonts are loaded (loadMapFonts).
 */
export function mapSvgDocument(map: JourneyMap): string {
  const markup = renderToStaticMarkup(createElement(MapSvg, { layout: layoutMap(map), map }));
  // React writes the root's attributes with every `>` escaped, so the first `>` closes the root tag.
  const rootEnd = markup.indexOf('>') + 1;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup.slice(0, rootEnd)}<style>${FONT_FACES}</style>${markup.slice(rootEnd)}\n`;
}
