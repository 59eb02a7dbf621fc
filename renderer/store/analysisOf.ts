import { analyseCoverage, type CoverageAnalysis } from '../../shared/analysis/coverage';
import type { JourneyMap } from '../../shared/model/journeyMap';

// Maps are immutable, so one analysis per map object serves every panel, the canvas and each tile
// of the printed map; the WeakMap lets old maps (and their analyses) go once undo history drops
// them. Apart from the document store, so the report page can use it without loading the store.
const analyses = new WeakMap<JourneyMap, CoverageAnalysis>();

/** The coverage analysis of a map, computed once per map object. */
export function analysisOf(map: JourneyMap): CoverageAnalysis {
  let analysis = analyses.get(map);
  if (!analysis) {
    analysis = analyseCoverage(map);
    analyses.set(map, analysis);
  }
  return analysis;
}
