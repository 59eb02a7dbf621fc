import { layoutMap } from '../../shared/layout/layoutMap';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { mapSvgDocument } from './standaloneSvg';
import { loadMapFonts } from './svgText';

// Chromium refuses canvases beyond 32,767 pixels a side or 268 million pixels in all; a bigger
// picture draws blank. A map that large is drawn at the largest scale that fits instead.
const MAX_SIDE = 32_767;
const MAX_AREA = 268_435_456;

/** The largest scale up to `scale` at which a `width` × `height` picture fits a canvas. */
export function fittingScale(width: number, height: number, scale: number): number {
  return Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

/**
 * The whole map as a PNG at `scale` × its layout size (2 by default, sharp on print and on
 * high-density screens), on a white page: the standalone SVG, fonts embedded, drawn into a canvas.
 * A map too large for a canvas at that scale comes out at the largest scale that fits.
 */
export async function mapPng(map: JourneyMap, scale = 2): Promise<Uint8Array> {
  await loadMapFonts();
  const layout = layoutMap(map);
  const drawn = fittingScale(layout.width, layout.height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(layout.width * drawn));
  canvas.height = Math.max(1, Math.round(layout.height * drawn));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This page cannot draw a picture (no 2D canvas).');
  const image = await loadedImage(new Blob([mapSvgDocument(map)], { type: 'image/svg+xml' }));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!png) throw new Error('The picture of the map could not be encoded as PNG.');
  return new Uint8Array(await png.arrayBuffer());
}

async function loadedImage(svg: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    // decode() resolves once the SVG, its embedded fonts included, is ready to draw.
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}
