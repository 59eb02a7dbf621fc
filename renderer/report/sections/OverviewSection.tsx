import { useMemo } from 'react';
import type { CoverageAnalysis } from '../../../shared/analysis/coverage';
import { overviewShapes } from '../../../shared/deck/overviewShapes';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { MIN_OVERVIEW_TEXT_PT, PX_PER_PT } from '../../../shared/report/pageGeometry';
import { DeckShapesSvg } from '../DeckShapesSvg';
import { SectionHeader } from './SectionHeader';

/** Room the section's header and lead take above the drawing, in CSS px. */
const HEADER_HEIGHT = 160;

/** The drawing's box in points, under the header, and its type: titles from 9 pt down to 6 pt. */
const frameOf = (width: number, height: number) => ({ x: 0, y: 0, w: width / PX_PER_PT, h: (height - HEADER_HEIGHT) / PX_PER_PT, minSize: MIN_OVERVIEW_TEXT_PT, maxSize: 9 });

/**
 * The whole journey on one page, at any length: the drawing the deck's overview slide shows, laid
 * out for the page, its titles never below 6 pt (shortened, turned, or left to the detailed pages).
 */
export function OverviewSection({ map, analysis, width, height }: { readonly map: JourneyMap; readonly analysis: CoverageAnalysis; readonly width: number; readonly height: number }) {
  const frame = frameOf(width, height);
  const shapes = useMemo(() => overviewShapes(map, analysis, frameOf(width, height)), [map, analysis, width, height]);
  return (
    <div className="section-block">
      <SectionHeader eyebrow="Overview" title="The whole journey at a glance" />
      <p className="section-lead">
        Each journey’s steps above a strip of where the organisation accompanies the customer (green) and its gaps (hatched); each team’s strip below shows where it meets the journey. The detailed map follows.
      </p>
      <DeckShapesSvg shapes={shapes} viewWidth={frame.w} viewHeight={frame.h} width={width} label={`Overview of “${map.title}”`} />
    </div>
  );
}
