import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import { analysisOf } from './analysisOf';
import { useDocumentStore } from './documentStore';

/** The analysis of the document's current map. */
export function useAnalysis(): CoverageAnalysis {
  return analysisOf(useDocumentStore((state) => state.map));
}
