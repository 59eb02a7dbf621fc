import { PALETTE } from '../style/palette';
import type { Surface } from '../style/surface';
import type { TextStyle } from '../style/textStyle';

/** How a hatched area of a gap is painted: its tint's strength, and its hatch lines' spacing and strength. */
export interface GapAreaStyle {
  readonly fillOpacity: number;
  readonly hatchSpacing: number;
  readonly hatchOpacity: number;
}

/** How a gap is painted, the same on every painter apart from what the surface asks for. */
export interface GapStyle {
  readonly colour: string;
  /** The width of the hatch lines. */
  readonly hatchWidth: number;
  /** The gap's band in its journey lane. */
  readonly band: GapAreaStyle;
  /** Its faint reach down through the process lanes, where the organisation is absent. */
  readonly reach: GapAreaStyle;
  /** The band's left and right edges, so a gap's extent reads even where its tint meets another's. */
  readonly edge: { readonly width: number; readonly opacity: number };
  /** The pill under the gap's cards with its kind and size. */
  readonly label: {
    readonly fill: string;
    readonly stroke: string;
    readonly strokeWidth: number;
    readonly cornerRadius: number;
    readonly text: TextStyle;
    readonly colour: string;
    readonly paddingX: number;
    /** How far the pill sits below the top of its label box, and how much shorter than the box it is. */
    readonly top: number;
    readonly shorter: number;
  };
}

const BAND: GapAreaStyle = { fillOpacity: 0.08, hatchSpacing: 10, hatchOpacity: 0.3 };
const EDGE = { width: 2, opacity: 0.45 } as const;
const reach = (hatchOpacity: number): GapAreaStyle => ({ fillOpacity: 0.045, hatchSpacing: 14, hatchOpacity });
const LABEL: GapStyle['label'] = {
  fill: '#fbf1ec',
  stroke: PALETTE.gap,
  strokeWidth: 1,
  cornerRadius: 4,
  text: { size: 12.5, weight: 600 },
  colour: PALETTE.gapInk,
  paddingX: 7,
  top: 2,
  shorter: 6,
};

/**
 * Gaps are tinted and hatched so they read in greyscale print and to eyes that cannot tell the
 * tint apart. The surfaces differ in one thing only: on paper the reach's hatch lines are a shade stronger.
 */
export const GAP_STYLE: Readonly<Record<Surface, GapStyle>> = {
  screen: { colour: PALETTE.gap, hatchWidth: 1, band: BAND, reach: reach(0.09), edge: EDGE, label: LABEL },
  print: { colour: PALETTE.gap, hatchWidth: 1, band: BAND, reach: reach(0.12), edge: EDGE, label: LABEL },
};
