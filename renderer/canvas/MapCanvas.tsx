import { useMemo } from 'react';
import { Layer, Stage } from 'react-konva';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import { layoutMap } from '../../shared/layout/layoutMap';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { ColumnAxis, ColumnGridLines } from './ColumnGrid';
import { GapLabels, GapShading } from './GapBands';
import { LaneDividers, LaneFills, LaneHeaders } from './LaneBands';
import { StageHeaders } from './StageHeaders';
import { StepCard } from './StepCard';

/** A map without steps still gets a few columns, so its lanes do not collapse to their headers. */
const MIN_COLUMNS = 4;

/** Props of the map canvas. */
export interface MapCanvasProps {
  readonly map: JourneyMap;
  readonly analysis: CoverageAnalysis;
}

/**
 * Paints the shared layout of a map. One static, non-listening layer: this edition only shows
 * maps; the editor adds an interactive layer on top.
 */
export function MapCanvas({ map, analysis }: MapCanvasProps) {
  const layout = useMemo(() => layoutMap(map, analysis, { minColumns: MIN_COLUMNS }), [map, analysis]);
  const description = `${map.title}: ${map.lanes.length} lanes, ${map.steps.length} steps, ${layout.gaps.length} gaps`;
  return (
    <div className="map-canvas" role="img" aria-label={description}>
      <Stage width={layout.width} height={layout.height}>
        <Layer listening={false}>
          <LaneFills lanes={layout.lanes} />
          <ColumnGridLines layout={layout} />
          <GapShading gaps={layout.gaps} />
          <LaneDividers lanes={layout.lanes} width={layout.width} />
          {layout.steps.map((box) => (
            <StepCard key={box.stepId} box={box} />
          ))}
          <GapLabels gaps={layout.gaps} />
          <LaneHeaders lanes={layout.lanes} />
          <StageHeaders layout={layout} />
          <ColumnAxis layout={layout} />
        </Layer>
      </Stage>
    </div>
  );
}
