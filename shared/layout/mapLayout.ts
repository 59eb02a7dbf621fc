import type { GapKind } from '../analysis/coverage';
import type { LaneKind } from '../model/journeyMap';

/** An axis-aligned rectangle in canvas pixels, origin at the map's top-left corner. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One column's cell in the numbered axis above the lanes. */
export interface ColumnMark extends Rect {
  readonly column: number;
  /** The number people see: columns count from 1 on screen, from 0 in the file. */
  readonly label: string;
}

/** The header of a stage, spanning its columns above the axis. */
export interface StageHeader extends Rect {
  readonly stageId: string;
  readonly title: string;
}

/** A lane's horizontal band across all columns, with its header cell on the left. */
export interface LaneBand extends Rect {
  readonly laneId: string;
  readonly kind: LaneKind;
  readonly title: string;
  /** Who walks a journey lane (its persona) or answers for a process lane (its owner); null when not named. */
  readonly detail: string | null;
  /** The cell in the lane header column that names the lane. */
  readonly header: Rect;
  /** The area right of the header where the lane's cards sit. */
  readonly body: Rect;
}

/** Where a step's card is drawn. */
export interface StepBox extends Rect {
  readonly stepId: string;
  readonly laneId: string;
  readonly laneKind: LaneKind;
  readonly title: string;
  /** The step's first column and how many columns it spans, as in the map. */
  readonly column: number;
  readonly span: number;
  /** Which stacked row of its lane the card is in: 0 unless it overlaps an earlier card. */
  readonly row: number;
}

/** A gap of a journey lane as it is painted: a band over its columns and a label under its cards. */
export interface GapBand {
  readonly laneId: string;
  readonly kind: GapKind;
  readonly stepIds: readonly string[];
  readonly fromColumn: number;
  readonly toColumn: number;
  /** The gap's columns within its journey lane. */
  readonly band: Rect;
  /** The same columns through the process lanes, where the organisation is absent; null for a map without process lanes. */
  readonly reach: Rect | null;
  /** Where the label goes: the strip at the bottom of the journey lane. */
  readonly labelBox: Rect;
  /** The gap kind in words, such as "Before". */
  readonly label: string;
  /** How many steps the gap holds, in words, such as "3 steps". */
  readonly detail: string;
}

/** A journey step on its lane's emotion curve: at its card's centre, at the height of its emotion. */
export interface EmotionPoint {
  readonly stepId: string;
  readonly x: number;
  /** The height of the step's emotion in the band; a step without one sits on the 0 line, as a handle to set it. */
  readonly y: number;
  /** Null when no emotion is recorded: the curve skips the step. */
  readonly emotion: number | null;
}

/** A journey lane's emotion curve, in the band under its cards and gap labels. */
export interface EmotionCurveLayout {
  readonly laneId: string;
  readonly band: Rect;
  /** One per step of the lane, in column order. */
  readonly points: readonly EmotionPoint[];
  /** The smooth curve (an SVG path) through the points with an emotion; empty when none has one. */
  readonly path: string;
  /** The steps with the lane's lowest recorded emotion. */
  readonly lowest: readonly string[];
}

/** The geometry of a whole map, shared by every painter (canvas, SVG, print). */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly columnCount: number;
  /** Width of one column of the shared axis. */
  readonly columnWidth: number;
  /** The row of stage headers; zero high when the map has no stages (unless the painter asks for it). */
  readonly stageRow: Rect;
  /** The row of column numbers. */
  readonly axis: Rect;
  readonly stages: readonly StageHeader[];
  /** Journey lanes first, then context, then process, each kind in the file's order. */
  readonly lanes: readonly LaneBand[];
  readonly steps: readonly StepBox[];
  readonly gaps: readonly GapBand[];
  /** The emotion curves of the journey lanes that show one, in lane order. */
  readonly emotionCurves: readonly EmotionCurveLayout[];
}
