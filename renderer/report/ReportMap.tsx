import { useMemo } from 'react';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import { REPORT_LAYOUT_DIMENSIONS } from '../../shared/layout/dimensions';
import { layoutMap } from '../../shared/layout/layoutMap';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { pageArea } from '../../shared/report/pageGeometry';
import type { ReportOptions } from '../../shared/report/reportOptions';
import { tileMap } from '../../shared/report/tileMap';
import { MAP_MIN_SCALE, MapSvg } from './MapSvg';
import './reportMap.css';

/** Room kept under each tile for its caption, in CSS px (the caption's line box and its gap, see reportMap.css). */
export const MAP_CAPTION_HEIGHT = 18;

/** Props of the report's map section. */
export interface ReportMapProps {
  readonly map: JourneyMap;
  readonly analysis: CoverageAnalysis;
  readonly options: ReportOptions;
}

/**
 * The map's pages of the report: the whole map fitted to the page width when its text stays at 7 pt
 * or more, otherwise one page per tile, each repeating the lane headers and column numbers and
 * captioned with the columns and lanes it shows.
 */
export function ReportMap({ map, analysis, options }: ReportMapProps) {
  const layout = useMemo(() => layoutMap(map, analysis, { dimensions: REPORT_LAYOUT_DIMENSIONS }), [map, analysis]);
  const area = pageArea(options);
  const { scale, tiles } = useMemo(() => tileMap(layout, { width: area.width, height: area.height - MAP_CAPTION_HEIGHT }, MAP_MIN_SCALE), [layout, area.width, area.height]);
  const tiled = tiles.length > 1;
  return tiles.map((tile, index) => (
    <section
      key={`${tile.fromColumn}:${tile.fromLane}`}
      className="report-map-page"
      aria-label={tiled ? `Map, page ${index + 1} of ${tiles.length}` : 'Map'}
      style={{ width: area.width }}
    >
      <div className="report-map-tile" style={{ width: tile.width * scale, height: tile.height * scale }}>
        <MapSvg layout={layout} map={map} tile={tile} idPrefix={`report-map-${index}`} />
      </div>
      {tiled && (
        <p className="report-map-caption">
          Map · {tile.label.charAt(0).toLowerCase() + tile.label.slice(1)} · page {index + 1} of {tiles.length}
          {tile.clipped && ' · the lane continues beyond the page'}
        </p>
      )}
    </section>
  ));
}
