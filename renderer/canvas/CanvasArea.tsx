import { useRef } from 'react';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { MapCanvas } from './MapCanvas';
import { useMoreToTheRight } from './useMoreToTheRight';

/** The scrolling area around the map canvas. */
export function CanvasArea({ map, analysis }: { readonly map: JourneyMap; readonly analysis: CoverageAnalysis }) {
  const scroller = useRef<HTMLDivElement>(null);
  const { moreToTheRight, scrollbarWidth } = useMoreToTheRight(scroller);
  return (
    <div className="canvas-area">
      <div ref={scroller} className="canvas-scroller">
        <MapCanvas map={map} analysis={analysis} />
      </div>
      {moreToTheRight && <div className="canvas-area__fade" style={{ right: scrollbarWidth }} aria-hidden="true" />}
    </div>
  );
}
