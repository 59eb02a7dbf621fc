import type { LaneKind } from '../model/journeyMap';

/** The accent of each lane kind, on the lane header and the edge of its cards. */
export const KIND_ACCENT: Readonly<Record<LaneKind, string>> = {
  journey: '#2f5d7c',
  context: '#9a8f7a',
  process: '#5a7d6e',
};

/**
 * The map's colours, the same for every painter (the editing canvas, the report, the exported
 * SVG and PNG). Few and muted, because the map is shown on boardroom projectors: one warm accent
 * marks what the organisation misses (gaps), everything else is ink on near-white.
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
  /** The selection and drop previews: the customer-journey blue. */
  selection: KIND_ACCENT.journey,
  /** Journey steps the organisation accompanies (touchpoints): the process green. */
  covered: KIND_ACCENT.process,
  /** Process work no journey step meets (inside-out): a muted plum, apart from the gap's warm tint. */
  unanchored: '#6d5a7e',
  /** The room's dots of a vote: a sticker of ink, apart from every colour the analysis speaks in. */
  vote: '#1f2933',
} as const;

/** The tint of each lane kind's band: white for the customer, a breath of grey for the others. */
export const LANE_FILL: Readonly<Record<LaneKind, string>> = {
  journey: '#ffffff',
  context: '#fbfbf8',
  process: '#f3f5f7',
};


/** What a lane header's detail line names: the journey's persona, the process's owner (context lanes have none). */
export const LANE_DETAIL_LABEL: Readonly<Record<LaneKind, string>> = {
  journey: 'Persona',
  process: 'Owner',
  context: '',
};

/** The bundled face first; the fallbacks only matter if the font file failed to load. */
export const FONT_FAMILY = "Inter, 'Segoe UI', system-ui, sans-serif";
