import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { LAYOUT_DIMENSIONS as D } from '../../../../shared/layout/dimensions';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import type { MapLayout } from '../../../../shared/layout/mapLayout';
import type { JourneyMap, Lane, Step } from '../../../../shared/model/journeyMap';
import { MIN_PRINTED_TEXT_PT, PX_PER_PT, pageArea, type PageArea } from '../../../../shared/report/pageGeometry';
import { minimumScaleFor, tileMap, type MapTiling } from '../../../../shared/report/tileMap';
import { arbitraryMap } from '../../support/arbitraries';
import { examples, loaded } from '../../support/fixtures';

const MIN_SCALE = minimumScaleFor(11);
const A4_LANDSCAPE = pageArea({ page: 'A4', orientation: 'landscape' });
const A3_LANDSCAPE = pageArea({ page: 'A3', orientation: 'landscape' });
const exampleMap = (name: string): JourneyMap => loaded(parse(examples().find((example) => example.name === name)!.journey));

const lane = (id: string, kind: Lane['kind'] = 'journey'): Lane => ({ id, kind, title: `Lane ${id}` });
const step = (id: string, laneId: string, column: number, span = 1): Step => ({ id, laneId, title: `Step ${id}`, column, span });
/** A map of `lanes` lanes (the first a journey lane, the others process lanes), each with a step in every one of `columns` columns, `rows` cards deep. */
function gridMap(columns: number, lanes: number, rows = 1): JourneyMap {
  const laneList = Array.from({ length: lanes }, (_, i) => lane(`l${i}`, i === 0 ? 'journey' : 'process'));
  const steps = laneList.flatMap((band) => Array.from({ length: columns * rows }, (_, i) => step(`${band.id}-${i}`, band.id, i % columns)));
  return { id: 'm', title: 'Grid', stages: [], lanes: laneList, steps };
}

const headerRows = (layout: MapLayout): number => layout.axis.y + layout.axis.height;

/** Checks what every tiling promises, whatever the map. */
function expectSoundTiling(layout: MapLayout, area: PageArea, { scale, tiles }: MapTiling): void {
  expect(scale).toBeLessThanOrEqual(1);
  expect(scale).toBeGreaterThanOrEqual(Math.min(MIN_SCALE, area.width / (layout.axis.x + layout.columnWidth)) - 1e-9);
  for (const tile of tiles) {
    expect(tile.width * scale).toBeLessThanOrEqual(area.width + 1e-6);
    expect(tile.height * scale).toBeLessThanOrEqual(area.height + 1e-6);
    // Tiles of one map get equal widths: the widest run's.
    const widestRun = Math.max(...tiles.map((candidate) => candidate.toColumn - candidate.fromColumn + 1));
    expect(tile.width).toBe(layout.axis.x + Math.max(widestRun, 0) * layout.columnWidth);
    const lanes = layout.lanes.slice(tile.fromLane, tile.toLane + 1);
    const full = headerRows(layout) + lanes.reduce((sum, band) => sum + band.height, 0);
    expect(tile.clipped).toBe(full > tile.height);
    if (tile.clipped) expect(tile.toLane).toBe(tile.fromLane);
  }
  // Columns and lanes are each split into runs that follow on without gaps or overlaps, and every
  // run of columns is shown with every run of lanes: each cell of the map is on exactly one tile.
  const columnRuns = [...new Map(tiles.map((tile) => [tile.fromColumn, tile.toColumn])).entries()];
  const laneRuns = [...new Map(tiles.map((tile) => [tile.fromLane, tile.toLane])).entries()];
  expect(tiles).toHaveLength(columnRuns.length * laneRuns.length);
  const followOn = (runs: [number, number][], count: number): void => {
    expect(runs[0]?.[0]).toBe(0);
    for (let i = 1; i < runs.length; i++) expect(runs[i]![0]).toBe(runs[i - 1]![1] + 1);
    expect(runs.at(-1)?.[1]).toBe(count - 1);
  };
  followOn(columnRuns, layout.columnCount);
  followOn(laneRuns, layout.lanes.length);
  // Every step is on exactly the tiles whose columns and lanes it meets.
  const laneIndex = new Map(layout.lanes.map((band, index) => [band.laneId, index]));
  for (const box of layout.steps) {
    const index = laneIndex.get(box.laneId)!;
    const holding = tiles.filter((tile) => tile.fromLane <= index && index <= tile.toLane && tile.fromColumn <= box.column + box.span - 1 && box.column <= tile.toColumn);
    const runsMet = columnRuns.filter(([from, to]) => from <= box.column + box.span - 1 && box.column <= to).length;
    expect(holding).toHaveLength(runsMet);
  }
}

describe('tileMap', () => {
  it('keeps a map that fits the page whole, at full size, as one tile', () => {
    const layout = layoutMap(gridMap(3, 2));
    const tiling = tileMap(layout, A4_LANDSCAPE, MIN_SCALE);
    expect(tiling.scale).toBe(1);
    expect(tiling.tiles).toEqual([{ fromColumn: 0, toColumn: 2, fromLane: 0, toLane: 1, width: layout.width, height: layout.height, clipped: false, label: 'Whole map' }]);
  });

  it('shrinks a map a little wider than the page to the page width, while its text keeps 7 pt', () => {
    const layout = layoutMap(gridMap(6, 2));
    const tiling = tileMap(layout, A4_LANDSCAPE, MIN_SCALE);
    expect(tiling.tiles).toHaveLength(1);
    expect(tiling.scale).toBeCloseTo(A4_LANDSCAPE.width / layout.width);
    expect(11 * tiling.scale).toBeGreaterThanOrEqual(MIN_PRINTED_TEXT_PT * PX_PER_PT);
  });

  it('tiles a wide map into runs of whole columns of about equal width', () => {
    const layout = layoutMap(gridMap(40, 3));
    const tiling = tileMap(layout, A4_LANDSCAPE, MIN_SCALE);
    // At the smallest scale a page holds floor((1031 / 0.848 − 184) / 168) = 6 columns: 40 columns need 7 pages of 6 or 5.
    expect(tiling.tiles.map((tile) => [tile.fromColumn, tile.toColumn])).toEqual([[0, 5], [6, 11], [12, 17], [18, 23], [24, 29], [30, 34], [35, 39]]);
    expect(tiling.tiles.map((tile) => tile.label)).toEqual(['Columns 1–6', 'Columns 7–12', 'Columns 13–18', 'Columns 19–24', 'Columns 25–30', 'Columns 31–35', 'Columns 36–40']);
    expect(tiling.scale).toBeCloseTo(A4_LANDSCAPE.width / (D.laneHeaderWidth + 6 * D.columnWidth));
    expectSoundTiling(layout, A4_LANDSCAPE, tiling);
  });

  it('spreads the columns evenly rather than leave a stub of one column on the last page', () => {
    const layout = layoutMap(gridMap(13, 2));
    const { tiles } = tileMap(layout, A4_LANDSCAPE, MIN_SCALE);
    expect(tiles.map((tile) => tile.toColumn - tile.fromColumn + 1)).toEqual([5, 4, 4]);
    expect(new Set(tiles.map((tile) => tile.width))).toEqual(new Set([D.laneHeaderWidth + 5 * D.columnWidth]));
  });

  it('splits lanes taller than a page between whole lanes, repeating the header rows', () => {
    const layout = layoutMap(gridMap(3, 12));
    const tiling = tileMap(layout, A4_LANDSCAPE, MIN_SCALE);
    expect(tiling.tiles.length).toBeGreaterThan(1);
    for (const tile of tiling.tiles) {
      expect([tile.fromColumn, tile.toColumn]).toEqual([0, 2]);
      expect(tile.label).toMatch(/^Lanes? \d+(–\d+)?$/);
    }
    expectSoundTiling(layout, A4_LANDSCAPE, tiling);
  });

  it('spreads the lanes evenly over the pages they need, rather than leave one lane alone', () => {
    const layout = layoutMap(gridMap(20, 9));
    const { tiles } = tileMap(layout, A4_LANDSCAPE, MIN_SCALE);
    // Eight lanes would fit the first page and leave the ninth alone; four and five is the even split.
    expect([...new Set(tiles.map((tile) => `${tile.fromLane}-${tile.toLane}`))]).toEqual(['0-3', '4-8']);
  });

  it('shrinks a tall map onto one page when that keeps the text at 7 pt, rather than split it', () => {
    const layout = layoutMap(gridMap(3, 8));
    expect(layout.height).toBeGreaterThan(A4_LANDSCAPE.height);
    expect(layout.height * MIN_SCALE).toBeLessThanOrEqual(A4_LANDSCAPE.height);
    const tiling = tileMap(layout, A4_LANDSCAPE, MIN_SCALE);
    expect(tiling.tiles).toHaveLength(1);
    expect(tiling.scale).toBeCloseTo(A4_LANDSCAPE.height / layout.height);
  });

  it('names both runs on a map both too wide and too tall, columns first', () => {
    const layout = layoutMap(gridMap(20, 12));
    const { tiles } = tileMap(layout, A4_LANDSCAPE, MIN_SCALE);
    expect(tiles[0]!.label).toMatch(/^Columns 1–\d+ · lanes 1–\d+$/);
    // Reading order: all lanes of the first columns, then the next columns.
    expect(tiles[1]!.fromColumn).toBe(0);
    expect(tiles[1]!.fromLane).toBeGreaterThan(0);
    expectSoundTiling(layout, A4_LANDSCAPE, tileMap(layout, A4_LANDSCAPE, MIN_SCALE));
  });

  it('gives a lane taller than a page a tile of its own, cut at the page (the one case a tile clips)', () => {
    const layout = layoutMap(gridMap(2, 3, 12));
    const tiling = tileMap(layout, A4_LANDSCAPE, MIN_SCALE);
    expect(tiling.tiles.every((tile) => tile.clipped && tile.fromLane === tile.toLane)).toBe(true);
    expect(tiling.tiles.map((tile) => tile.label)).toEqual(['Lane 1', 'Lane 2', 'Lane 3']);
    expectSoundTiling(layout, A4_LANDSCAPE, tiling);
  });

  it('gives an empty map one tile of its headers', () => {
    const layout = layoutMap({ id: 'm', title: 'Empty', stages: [], lanes: [], steps: [] });
    expect(tileMap(layout, A4_LANDSCAPE, MIN_SCALE)).toEqual({
      scale: 1,
      tiles: [{ fromColumn: 0, toColumn: -1, fromLane: 0, toLane: -1, width: D.laneHeaderWidth, height: headerRows(layout), clipped: false, label: 'Whole map' }],
    });
  });

  it.each(['b2b-services', 'home-insurance-claim'])('tiles the example %s soundly on A4 and A3, portrait and landscape', (name) => {
    const layout = layoutMap(exampleMap(name));
    for (const options of [{ page: 'A4', orientation: 'landscape' }, { page: 'A4', orientation: 'portrait' }, { page: 'A3', orientation: 'landscape' }, { page: 'A3', orientation: 'portrait' }] as const) {
      const area = pageArea(options);
      expectSoundTiling(layout, area, tileMap(layout, area, MIN_SCALE));
    }
  });

  it('needs fewer pages for the examples on A3 than on A4', () => {
    const layout = layoutMap(exampleMap('b2b-services'));
    expect(tileMap(layout, A3_LANDSCAPE, MIN_SCALE).tiles.length).toBeLessThan(tileMap(layout, A4_LANDSCAPE, MIN_SCALE).tiles.length);
  });

  it('puts every step on exactly the tiles it meets, every tile on the page, text never below 7 pt (property)', () => {
    const areas = fc.record({ width: fc.integer({ min: 400, max: 2400 }), height: fc.integer({ min: 300, max: 1600 }) });
    fc.assert(
      fc.property(arbitraryMap({ maxSteps: 60, maxColumn: 40 }), areas, (map, area) => {
        const layout = layoutMap(map);
        expectSoundTiling(layout, area, tileMap(layout, area, MIN_SCALE));
      }),
      { numRuns: 150 },
    );
  });
});
