import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { MIN_PRINTED_TEXT_PT, PX_PER_PT, pageArea } from '../../../../shared/report/pageGeometry';
import { ReportMap } from '../../../../renderer/report/ReportMap';
import { SMALLEST_MAP_FONT_PX } from '../../../../renderer/report/MapSvg';
import { syntheticMap } from '../../../bench/syntheticMap';
import { findAll, hasClass, parseXml } from '../../support/xmlTree';

const A4_LANDSCAPE = { page: 'A4', orientation: 'landscape' } as const;

describe('ReportMap', () => {
  it('prints eight one-row lanes on one A4 landscape page height, so each run of columns takes one page, text at 7 pt or more', () => {
    const map = syntheticMap(200);
    expect(map.lanes).toHaveLength(8);
    const html = renderToStaticMarkup(<div><ReportMap map={map} analysis={analyseCoverage(map)} options={A4_LANDSCAPE} /></div>);
    const pages = findAll(parseXml(html), (element) => hasClass(element, 'report-map-page'));
    const area = pageArea(A4_LANDSCAPE);
    let nextColumn = 1;
    for (const page of pages) {
      const tile = findAll(page, (element) => hasClass(element, 'report-map-tile'))[0]!;
      const svg = findAll(tile, (element) => element.name === 'svg')[0]!;
      const shownWidth = Number(/width:\s*([\d.]+)px/.exec(tile.attributes['style'] ?? '')?.[1]);
      const shownHeight = Number(/height:\s*([\d.]+)px/.exec(tile.attributes['style'] ?? '')?.[1]);
      const scale = shownWidth / Number(svg.attributes['width']);
      expect(SMALLEST_MAP_FONT_PX * scale).toBeGreaterThanOrEqual(MIN_PRINTED_TEXT_PT * PX_PER_PT - 1e-9);
      expect(shownWidth).toBeLessThanOrEqual(area.width);
      expect(shownHeight).toBeLessThanOrEqual(area.height);
      expect(findAll(svg, (element) => hasClass(element, 'map-lane-header'))).toHaveLength(8);
      // Each page starts where the last one ended: no run of columns is printed twice.
      const columns = findAll(svg, (element) => hasClass(element, 'map-axis')).flatMap((axis) => findAll(axis, (element) => element.name === 'text')).map((text) => Number(text.children[0]));
      expect(columns[0]).toBe(nextColumn);
      nextColumn = columns.at(-1)! + 1;
    }
    expect(nextColumn - 1).toBe(Math.max(...map.steps.map((step) => step.column + step.span)));
    expect(pages.length).toBe(Math.ceil((nextColumn - 1) / 6));
  });
});
