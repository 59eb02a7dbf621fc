import type Konva from 'konva';
import { memo, useLayoutEffect, useMemo, type RefObject } from 'react';
import { Group, Layer, Rect, Stage } from 'react-konva';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import { coverageMarks } from '../../shared/analysis/coverageMarks';
import { columnAt, stepsWithin } from '../../shared/layout/hitTest';
import type { GapBand, MapLayout, Rect as Area } from '../../shared/layout/mapLayout';
import { bodyOrigin, frozenCorner, frozenOrigin, toMap, visibleMapArea, type CanvasView } from '../../shared/layout/viewTransform';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { PALETTE } from '../../shared/style/palette';
import type { ShownDots } from '../../shared/layout/dotBadge';
import { analysisOf } from '../store/analysisOf';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { canvasDotsOf } from './canvasDots';
import { previewOf, useCanvasStore } from './canvasStore';
import { ColumnAxis, ColumnGridLines, CornerCaptions, type ColumnWindow } from './ColumnGrid';
import { EmotionCurveLayer } from './emotion/EmotionCurveBand';
import { GapLabels, GapShading } from './GapBands';
import { LaneDividers, LaneFills, LaneHeaders } from './LaneBands';
import { OverlayLayer } from './OverlayLayer';
import { StageHeaders } from './StageHeaders';
import { CardSilhouettes, SILHOUETTE_ZOOM } from './CardSilhouettes';
import { StepCard } from './StepCard';

// The marks follow the analysis: a map with the same analysis object (a title typed) has the same marks.
const marksByAnalysis = new WeakMap<CoverageAnalysis, ReturnType<typeof coverageMarks>>();

function marksOf(map: JourneyMap): ReturnType<typeof coverageMarks> {
  const analysis = analysisOf(map);
  let marks = marksByAnalysis.get(analysis);
  if (!marks) {
    marks = coverageMarks(map, analysis);
    marksByAnalysis.set(analysis, marks);
  }
  return marks;
}

/** Props of the map canvas. */
export interface MapCanvasProps {
  /**
   * The map its coverage marks are worked out from: the first map of its analysis, so a title
   * typed (same analysis, same layout) does not render the canvas again; the card reads its title itself.
   */
  readonly map: JourneyMap;
  readonly layout: MapLayout;
  readonly view: CanvasView;
  /** The viewport's size in screen pixels: the stage is never bigger, however big the map. */
  readonly width: number;
  readonly height: number;
  /** The copy of the carried cards, moved by the pointer handler directly. */
  readonly carriedRef: RefObject<Konva.Group | null>;
}

// Cards and columns this far outside the viewport are drawn too, so a fast scroll does not show
// an empty band before React catches up; the window moves in steps of this size.
const OVERSCAN = 320;

/**
 * Paints the map in four layers, none of which listens to Konva events (the pointer is hit tested
 * against the shared layout instead, so no hit canvas is ever drawn): the static picture (lanes,
 * grid, gaps), the cards in view, the frozen headers, and the overlay of the gesture in progress.
 */
export const MapCanvas = memo(function MapCanvas({ map, layout, view, width, height, carriedRef }: MapCanvasProps) {
  const gesture = useCanvasStore((state) => state.gesture);
  const displayed = previewOf(gesture) ?? map;
  const gaps = ('gaps' in gesture && gesture.gaps) || layout.gaps;
  // The gaps' dot badges change only with the votes or the turn: the static picture is drawn again then, not on every edit.
  const turn = useSessionStore((state) => state.voteTurn);
  const gapDots = useDocumentStore((state) => canvasDotsOf(state.map, turn).gaps);

  useLayoutEffect(() => {
    const marks = marksOf(displayed);
    if (useCanvasStore.getState().marks !== marks) useCanvasStore.setState({ marks });
  }, [displayed]);

  const { x, y, width: areaWidth, height: areaHeight } = quantised(visibleMapArea(view, width, height), OVERSCAN);
  const visibleSteps = useMemo(() => stepsWithin(layout.steps, { x, y, width: areaWidth, height: areaHeight }), [layout, x, y, areaWidth, areaHeight]);
  const columns = useMemo<ColumnWindow>(() => ({ first: columnAt(layout, x), last: columnAt(layout, x + areaWidth) }), [layout, x, areaWidth]);
  const visibleGaps = useMemo(() => gaps.filter((gap) => gap.band.x < x + areaWidth && gap.band.x + gap.band.width > x), [gaps, x, areaWidth]);

  const body = bodyOrigin(view);
  const frozen = frozenOrigin(view);
  const scale = { scaleX: view.zoom, scaleY: view.zoom };
  const stickyLeft = toMap(view, frozenCorner(layout, view)).x;
  return (
    <Stage width={width} height={height} listening={false}>
      <Layer listening={false}>
        <Group x={body.x} y={body.y} {...scale}>
          <StaticPicture layout={layout} gaps={visibleGaps} columns={columns} gapDots={gapDots} />
        </Group>
      </Layer>
      {layout.emotionCurves.length > 0 && (
        <Layer listening={false}>
          <Group x={body.x} y={body.y} {...scale}>
            <EmotionCurveLayer curves={layout.emotionCurves} left={x} right={x + areaWidth} stickyLeft={stickyLeft} />
          </Group>
        </Layer>
      )}
      <Layer listening={false}>
        <Group x={body.x} y={body.y} {...scale}>
          {view.zoom < SILHOUETTE_ZOOM ? (
            <CardSilhouettes boxes={visibleSteps} zoom={view.zoom} />
          ) : (
            visibleSteps.map((box) => <StepCard key={box.stepId} box={box} />)
          )}
        </Group>
      </Layer>
      <Layer listening={false}>
        <Group x={frozen.x} y={body.y} {...scale}>
          <LaneHeaders lanes={layout.lanes} />
        </Group>
        <Group x={body.x} y={frozen.y} {...scale}>
          <StageHeaders layout={layout} stickyLeft={stickyLeft} />
          <ColumnAxis layout={layout} window={columns} />
        </Group>
        <Group x={frozen.x} y={frozen.y} {...scale}>
          <CornerCaptions layout={layout} />
        </Group>
      </Layer>
      <OverlayLayer layout={layout} view={view} carriedRef={carriedRef} />
    </Stage>
  );
});

/** A visible area grown by `step` and snapped to multiples of it, so it changes every few hundred pixels of scrolling, not every pixel. */
function quantised(area: Area, step: number): Area {
  const x = Math.floor(area.x / step) * step - step;
  const y = Math.floor(area.y / step) * step - step;
  return { x, y, width: Math.ceil((area.x + area.width - x) / step) * step + step, height: Math.ceil((area.y + area.height - y) / step) * step + step };
}

interface StaticPictureProps {
  readonly layout: MapLayout;
  readonly gaps: readonly GapBand[];
  readonly columns: ColumnWindow;
  /** The dots each gap shows, by its first step. */
  readonly gapDots: ReadonlyMap<string, ShownDots>;
}

const StaticPicture = memo(function StaticPicture({ layout, gaps, columns, gapDots }: StaticPictureProps) {
  const top = layout.axis.y + layout.axis.height;
  return (
    <>
      <Rect x={layout.axis.x} y={top} width={layout.width - layout.axis.x} height={layout.height - top} fill={PALETTE.cardFill} />
      <LaneFills lanes={layout.lanes} />
      <ColumnGridLines layout={layout} window={columns} />
      <GapShading gaps={gaps} />
      <LaneDividers lanes={layout.lanes} width={layout.width} />
      <GapLabels gaps={gaps} dots={gapDots} />
      <Rect x={0} y={0} width={layout.width} height={layout.height} stroke={PALETTE.laneDivider} strokeWidth={1} />
    </>
  );
});
