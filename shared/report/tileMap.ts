import { greatestOf } from '../model/extremes';
import type { LaneBand, MapLayout } from '../layout/mapLayout';
import { MIN_PRINTED_TEXT_PT, PX_PER_PT, type PageArea } from './pageGeometry';

/** One printed piece of a map: the lane header column and the header rows, with a run of whole columns and whole lanes. */
export interface MapTile {
  /** The first and last column shown, inclusive, counted from 0 as in the file; `toColumn` is −1 for a map without columns. */
  readonly fromColumn: number;
  readonly toColumn: number;
  /** The first and last lane shown, inclusive, as indices into `MapLayout.lanes` (top to bottom); `toLane` is −1 for a map without lanes. */
  readonly fromLane: number;
  readonly toLane: number;
  /** The tile's size in layout units: header column plus the widest run's columns (the same for every tile of a map), header rows plus its lanes. */
  readonly width: number;
  readonly height: number;
  /** True when one lane is taller than a page and its bottom is cut off (the only case where a tile clips). */
  readonly clipped: boolean;
  /** What the tile shows, for people (columns and lanes counted from 1), such as "Columns 7–12 · lanes 1–4"; "Whole map" for a single tile. */
  readonly label: string;
}

/** How a map goes onto pages: one scale for every tile, and the tiles in reading order (column runs left to right, lane runs top to bottom within each). */
export interface MapTiling {
  readonly scale: number;
  readonly tiles: readonly MapTile[];
}

/** The smallest scale at which text of `smallestFontPx` layout pixels still prints at 7 pt. */
export function minimumScaleFor(smallestFontPx: number): number {
  return (MIN_PRINTED_TEXT_PT * PX_PER_PT) / smallestFontPx;
}

/**
 * Fits a map onto pages of `area` (CSS px). One page when the map fits the page at a scale of at
 * least `minScale` (never enlarged above 1); otherwise the columns are split into runs of equal
 * width (lane headers and column numbers repeated on each), and lanes too tall for a page into runs
 * of whole lanes (header rows repeated). Among the scales in between, the one needing the fewest
 * pages wins, then the largest: a map kept whole reads better than a bigger one cut in two.
 */
export function tileMap(layout: MapLayout, area: PageArea, minScale: number): MapTiling {
  const headerWidth = layout.axis.x;
  const columnRuns = splitColumns(layout, area.width / minScale);
  const widest = greatestOf(columnRuns, (run) => headerWidth + (run.to - run.from + 1) * layout.columnWidth);
  // A page narrower than the lane header and one column at the minimum scale (no real paper size
  // is) shrinks the text below the floor rather than leave the map off the page.
  const maxScale = Math.min(1, area.width / widest);
  const lowest = Math.min(minScale, maxScale);

  let best: { scale: number; laneRuns: LaneRun[] } | null = null;
  for (const scale of candidateScales(layout, area, lowest, maxScale)) {
    const laneRuns = splitLanes(layout.lanes, area.height / scale - headerRowsHeight(layout));
    if (!best || laneRuns.length < best.laneRuns.length || (laneRuns.length === best.laneRuns.length && scale > best.scale)) best = { scale, laneRuns };
  }
  const scale = best?.scale ?? maxScale;
  const laneRuns = balanceLanes(layout.lanes, best?.laneRuns.length ?? 0, area.height / scale - headerRowsHeight(layout));
  const single = columnRuns.length === 1 && laneRuns.length <= 1;
  const tiles: MapTile[] = [];
  for (const columns of columnRuns) {
    for (const lanes of laneRuns.length > 0 ? laneRuns : [{ from: 0, to: -1, height: 0 }]) {
      const pageHeight = area.height / scale;
      const height = headerRowsHeight(layout) + lanes.height;
      tiles.push({
        fromColumn: columns.from,
        toColumn: columns.to,
        fromLane: lanes.from,
        toLane: lanes.to,
        // Every tile of a map as wide as the widest, so its columns line up page after page; a run
        // a column short leaves that column's room blank at its right.
        width: widest,
        height: Math.min(height, pageHeight),
        clipped: height > pageHeight,
        label: single ? 'Whole map' : tileLabel(columns, lanes, columnRuns.length > 1, laneRuns.length > 1),
      });
    }
  }
  return { scale, tiles };
}

interface Run {
  readonly from: number;
  readonly to: number;
}

interface LaneRun extends Run {
  readonly height: number;
}

function headerRowsHeight(layout: MapLayout): number {
  return layout.axis.y + layout.axis.height;
}

// As many pages as the columns need at the narrowest allowed scale, the columns spread evenly
// over them (13 columns of at most 6 a page make 5, 4 and 4), so no page is a stub of one column.
function splitColumns(layout: MapLayout, widthAtMinScale: number): Run[] {
  const count = layout.columnCount;
  if (count === 0) return [{ from: 0, to: -1 }];
  const fitting = Math.max(1, Math.floor((widthAtMinScale - layout.axis.x) / layout.columnWidth));
  const pages = Math.ceil(count / fitting);
  const runs: Run[] = [];
  let from = 0;
  for (let page = 0; page < pages; page++) {
    // The first `count % pages` pages take one column more than the rest.
    const size = Math.floor(count / pages) + (page < count % pages ? 1 : 0);
    runs.push({ from, to: from + size - 1 });
    from += size;
  }
  return runs;
}

// Whole lanes, top to bottom, as many per page as fit under the repeated header rows; a lane
// taller than a page alone gets a page of its own.
function splitLanes(lanes: readonly LaneBand[], room: number): LaneRun[] {
  const runs: LaneRun[] = [];
  let run: LaneRun | null = null;
  for (const [index, lane] of lanes.entries()) {
    // The tolerance keeps a run that fills a page exactly (a candidate scale) from rounding onto two.
    if (run && run.height + lane.height <= room + 1e-6) {
      run = { from: run.from, to: index, height: run.height + lane.height };
      runs[runs.length - 1] = run;
    } else {
      run = { from: index, to: index, height: lane.height };
      runs.push(run);
    }
  }
  return runs;
}

// The same number of runs as the greedy split, with the lanes spread as evenly as they go: the
// lowest page height that still takes every lane in `count` runs (tried over the heights of all
// runs of consecutive lanes), so a map of eight lanes prints four and four, not seven and one.
function balanceLanes(lanes: readonly LaneBand[], count: number, room: number): LaneRun[] {
  const heights: number[] = [];
  for (let first = 0; first < lanes.length; first++) {
    let height = 0;
    for (let last = first; last < lanes.length; last++) {
      height += lanes[last]?.height ?? 0;
      if (height <= room + 1e-6) heights.push(height);
    }
  }
  heights.sort((a, b) => a - b);
  for (const height of heights) {
    const runs = splitLanes(lanes, height);
    if (runs.length <= count) return runs;
  }
  return splitLanes(lanes, room);
}

// The scales where the split between lanes can change: where some run of consecutive lanes fills a
// page exactly, plus both ends of the allowed range.
function candidateScales(layout: MapLayout, area: PageArea, lowest: number, highest: number): number[] {
  const candidates = [highest, lowest];
  const { lanes } = layout;
  for (let first = 0; first < lanes.length; first++) {
    let height = headerRowsHeight(layout);
    for (let last = first; last < lanes.length; last++) {
      height += lanes[last]?.height ?? 0;
      const scale = area.height / height;
      if (scale > lowest && scale < highest) candidates.push(scale);
    }
  }
  return candidates;
}

function tileLabel(columns: Run, lanes: Run, byColumn: boolean, byLane: boolean): string {
  const parts: string[] = [];
  if (byColumn) parts.push(rangeWords('Column', 'Columns', columns));
  if (byLane) parts.push(rangeWords('Lane', 'Lanes', lanes));
  const [first = '', ...rest] = parts;
  return [first, ...rest.map((part) => part.charAt(0).toLowerCase() + part.slice(1))].join(' · ');
}

function rangeWords(one: string, several: string, run: Run): string {
  return run.from === run.to ? `${one} ${run.from + 1}` : `${several} ${run.from + 1}–${run.to + 1}`;
}
