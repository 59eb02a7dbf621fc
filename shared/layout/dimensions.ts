/** The sizes a map is laid out with, in canvas pixels at 100 % zoom. */
export interface LayoutDimensions {
  /** Width of the column on the left that names each lane. */
  readonly laneHeaderWidth: number;
  /** Width of one column of the shared axis. */
  readonly columnWidth: number;
  /** Height of the row of stage headers; the row is left out when the map has no stages. */
  readonly stageHeaderHeight: number;
  /** Height of the row that numbers the columns. */
  readonly columnAxisHeight: number;
  /** Height of a step card. */
  readonly stepHeight: number;
  /** Space between a card and the edges of its cells, and between stacked cards. */
  readonly stepInset: number;
  /** Strip at the bottom of a journey lane where gap labels sit, so they never cover a card. */
  readonly gapLabelHeight: number;
  /** Band under a journey lane's gap labels where its emotion curve is drawn, when the lane shows it. */
  readonly emotionBandHeight: number;
}

/**
 * One place for every size of the layout. A card fits three lines of a 13 px title; a column is
 * wide enough for a gap label such as "Between · 2 steps" at 12 px.
 */
export const LAYOUT_DIMENSIONS: LayoutDimensions = {
  laneHeaderWidth: 184,
  columnWidth: 168,
  stageHeaderHeight: 32,
  columnAxisHeight: 24,
  stepHeight: 72,
  stepInset: 8,
  gapLabelHeight: 24,
  emotionBandHeight: 96,
};

/**
 * The printed report's sizes: the editor's, with the header rows and the space around cards a
 * little tighter, so that at the 7 pt floor eight one-row lanes fit the height of an A4 landscape
 * page and each run of columns prints once rather than twice. Cards keep their size: three lines
 * of title.
 */
export const REPORT_LAYOUT_DIMENSIONS: LayoutDimensions = {
  ...LAYOUT_DIMENSIONS,
  stageHeaderHeight: 28,
  columnAxisHeight: 20,
  stepInset: 7,
};
