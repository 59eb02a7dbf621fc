import { analyseCoverage, type CoverageAnalysis } from '../../shared/analysis/coverage';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { useDocumentStore } from './documentStore';

// Maps are immutable, so one analysis per map object serves every panel and the canvas; the
// WeakMap lets old maps (and their analyses) go once undo history drops them.
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

/** The analysis of the document's current map. */
export function useAnalysis(): CoverageAnalysis {
  return analysisOf(useDocumentStore((state) => state.map));
}
