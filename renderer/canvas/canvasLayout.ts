import { useMemo } from 'react';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import { LAYOUT_DIMENSIONS } from '../../shared/layout/dimensions';
import { layoutGapBands, layoutMap, type LayoutOptions } from '../../shared/layout/layoutMap';
import type { GapBand, MapLayout, StepBox } from '../../shared/layout/mapLayout';
import type { JourneyMap, Step } from '../../shared/model/journeyMap';
import { analysisOf } from '../store/analysisOf';

/**
 * The editor's layout: a few spare columns after the last step to drop onto, and the stage row
 * even before there is a stage, so the first one can be drawn.
 */
export const EDITOR_LAYOUT: LayoutOptions = { minColumns: 6, spareColumns: 3, showStageRow: true };

/** The margin around the map inside the canvas viewport, in screen pixels. */
export const CANVAS_PADDING = 24;

const sameBox = (a: StepBox, b: StepBox): boolean =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.title === b.title && a.laneKind === b.laneKind && a.row === b.row && a.column === b.column && a.span === b.span;

// The last box drawn for each step object. Steps are immutable, so an edit elsewhere leaves this
// step's object, and, when its place did not change either, its box as it was.
const lastBoxOf = new WeakMap<Step, StepBox>();

// The last map laid out, and its layout: the next map is most often it with one title typed into.
let last: { readonly map: JourneyMap; readonly analysis: CoverageAnalysis; readonly layout: MapLayout } | null = null;

/**
 * Whether a map differs from the last one laid out only in what moves nothing: its analysis is the
 * same object (every step sits and weighs where it did), and its lanes, stages and personas are
 * the same. Then the last layout serves as it is: the cards read their titles and marks from the
 * store, not from their boxes, so a keystroke in a title lays out nothing and redraws one card.
 */
function sameGeometry(map: JourneyMap, analysis: CoverageAnalysis): boolean {
  return !!last && last.analysis === analysis && last.map.lanes === map.lanes && last.map.stages === map.stages && last.map.personas === map.personas && last.map.steps.length === map.steps.length;
}

/**
 * The layout of the map, keeping each card's box the same object while that card does not move
 * or change, so the memoised cards whose step did not change skip rendering after an edit. A title
 * typed into a step lays out nothing again (see `sameGeometry`); a box's `title` is then the one of
 * the last full layout, which the canvas never reads.
 */
export function editorLayout(map: JourneyMap, analysis: CoverageAnalysis): MapLayout {
  if (last && sameGeometry(map, analysis)) {
    last = { map, analysis, layout: last.layout };
    return last.layout;
  }
  const layout = fullEditorLayout(map, analysis);
  last = { map, analysis, layout };
  return layout;
}

function fullEditorLayout(map: JourneyMap, analysis: CoverageAnalysis): MapLayout {
  const next = layoutMap(map, analysis, EDITOR_LAYOUT);
  const stepOf = new Map(map.steps.map((step) => [step.id, step]));
  const steps = next.steps.map((box) => {
    const step = stepOf.get(box.stepId);
    if (!step) return box;
    const old = lastBoxOf.get(step);
    if (old && sameBox(old, box)) return old;
    lastBoxOf.set(step, box);
    return box;
  });
  return { ...next, steps };
}

/** The editor's layout of a map, computed once per map. */
export function useEditorLayout(map: JourneyMap, analysis: CoverageAnalysis): MapLayout {
  return useMemo(() => editorLayout(map, analysis), [map, analysis]);
}

/** Where a step is shown during a gesture: its column and span. */
export interface PlacedStep {
  readonly column: number;
  readonly span: number;
}

/**
 * The gap bands of a previewed map, drawn over the columns where their steps are shown now (the
 * carried ones at their drop cell), so the bands stay under the cards while the drag goes on.
 */
export function previewGapBands(layout: MapLayout, preview: JourneyMap, placed: ReadonlyMap<string, PlacedStep>): GapBand[] {
  const boxOf = new Map(layout.steps.map((box) => [box.stepId, box]));
  return layoutGapBands(analysisOf(preview), layout, LAYOUT_DIMENSIONS, (gap) => {
    let fromColumn = Infinity;
    let toColumn = -Infinity;
    for (const id of gap.stepIds) {
      const at = placed.get(id) ?? boxOf.get(id);
      if (!at) continue;
      fromColumn = Math.min(fromColumn, at.column);
      toColumn = Math.max(toColumn, at.column + at.span - 1);
    }
    return fromColumn <= toColumn ? { fromColumn, toColumn } : gap;
  });
}
