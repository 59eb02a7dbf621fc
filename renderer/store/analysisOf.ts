import { analyseCoverage, type CoverageAnalysis } from '../../shared/analysis/coverage';
import { sameCoverageInputs } from '../../shared/analysis/sameCoverageInputs';
import type { JourneyMap } from '../../shared/model/journeyMap';

// Maps are immutable, so one analysis per map object serves every panel, the canvas and each tile
// of the printed map; the WeakMap lets old maps (and their analyses) go once undo history drops
// them. Apart from the document store, so the report page can use it without loading the store.
const analyses = new WeakMap<JourneyMap, CoverageAnalysis>();
// The map analysed last: the next map is most often it with one title typed into.
let last: { readonly map: JourneyMap; readonly analysis: CoverageAnalysis } | null = null;
// Each analysis's first map: later maps handed the same analysis differ only in what it does not read.
const firstMaps = new WeakMap<CoverageAnalysis, JourneyMap>();

/**
 * The coverage analysis of a map, computed once per map object, and handed on unchanged (the same
 * object) to a map that differs from the last one analysed only in what the analysis does not
 * read (a title, a pain point): views that depend on the analysis alone do not render again.
 */
export function analysisOf(map: JourneyMap): CoverageAnalysis {
  let analysis = analyses.get(map);
  if (!analysis) {
    analysis = last && sameCoverageInputs(last.map, map) ? last.analysis : analyseCoverage(map);
    analyses.set(map, analysis);
    if (!firstMaps.has(analysis)) firstMaps.set(analysis, map);
  }
  last = { map, analysis };
  return analysis;
}

/**
 * The first map that had this map's analysis: the same lanes, steps in the same places and with
 * the same weights, so anything worked out from the analysis and those (the cards' coverage
 * marks) is the same for both; a view keyed on it does not render again for a title typed.
 */
export function coverageSourceOf(map: JourneyMap): JourneyMap {
  return firstMaps.get(analysisOf(map)) ?? map;
}
