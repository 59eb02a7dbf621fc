import { usedColumns, slidesOf, type ColumnsSlide } from '../presentation/slides';
import type { JourneyMap, Stage } from '../model/journeyMap';

/**
 * The deck's stage slides: the presentation's (one per stage, a stage of more than five columns
 * holding steps split evenly), with every column that lies outside all stages given to the stage
 * before it (those ahead of the first stage to the first), so that every step of the map is on a
 * slide. A map without stages is shown in groups of columns, as the presentation shows it.
 */
export function deckStageSlides(map: JourneyMap): ColumnsSlide[] {
  const stretched = map.stages.length === 0 ? map : { ...map, stages: stretchedStages(map.stages, usedColumns(map).at(-1) ?? 0) };
  return slidesOf(stretched).filter((slide): slide is ColumnsSlide => slide.kind === 'stage');
}

// Each stage reaches on to the column before the next stage begins; the first from column 0, the
// last to the last column in use. Stages that overlap keep their own ranges.
function stretchedStages(stages: readonly Stage[], lastColumn: number): Stage[] {
  const ordered = [...stages].sort((a, b) => a.fromColumn - b.fromColumn);
  return ordered.map((stage, index) => {
    const next = ordered[index + 1];
    return {
      ...stage,
      fromColumn: index === 0 ? Math.min(0, stage.fromColumn) : stage.fromColumn,
      toColumn: Math.max(stage.toColumn, next ? next.fromColumn - 1 : lastColumn),
    };
  });
}
