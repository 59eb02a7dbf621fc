import type { LaneKind } from '../../shared/model/journeyMap';
import { LANE_KIND_TITLES } from '../../shared/words/laneKindWords';

/**
 * The canvas colours. Few and muted, because the map is shown on boardroom projectors: one warm
 * accent marks what the organisation misses (gaps), everything else is ink on near-white.
 * The DOM panels use the same values through the CSS variables in app.css.
 */
export const PALETTE = {
  ink: '#1f2933',
  mutedInk: '#5b6673',
  faintInk: '#8a94a0',
  canvas: '#f6f6f3',
  gridLine: '#e4e4df',
  laneDivider: '#d6d6d0',
  laneHeader: '#efefeb',
  cardFill: '#ffffff',
  cardStroke: '#d3d8de',
  gap: '#c2603f',
  gapInk: '#97452c',
  stageFill: '#ecece7',
  stageFillAlternate: '#e4e4de',
} as const;

/** The tint of each lane kind's band: white for the customer, a breath of grey for the others. */
export const LANE_FILL: Readonly<Record<LaneKind, string>> = {
  journey: '#ffffff',
  context: '#fbfbf8',
  process: '#f3f5f7',
};

/** The accent of each lane kind, on the lane header and the edge of its cards. */
export const KIND_ACCENT: Readonly<Record<LaneKind, string>> = {
  journey: '#2f5d7c',
  context: '#9a8f7a',
  process: '#5a7d6e',
};

/** The lane kind as the header names it; the canvas's lane bands (not part of this change) still read it here. */
export const KIND_LABEL = LANE_KIND_TITLES;

/** The bundled face first; the fallbacks only matter if the font file failed to load. */
export const FONT_FAMILY = "Inter, 'Segoe UI', system-ui, sans-serif";
