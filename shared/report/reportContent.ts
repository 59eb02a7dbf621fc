import type { CoverageAnalysis } from '../analysis/coverage';
import type { JourneyMap } from '../model/journeyMap';
import { keyFindings } from './findings/keyFindings';
import type { KeyFinding } from './findings/keyFinding';
import { coverageSection, type CoverageRow } from './sections/coverageSection';
import { coverSection, type CoverContent } from './sections/coverSection';
import { emotionSection, type EmotionCurve } from './sections/emotionSection';
import { opportunitiesSection, type OpportunityRow } from './sections/opportunitiesSection';
import { painPointsSection, type PainPointRow } from './sections/painPointsSection';
import { reportIndex } from './sections/reportIndex';
import { stepTableSection, type LaneTable } from './sections/stepTableSection';
import { unanchoredSection, type UnanchoredRow } from './sections/unanchoredSection';
import { votesSection, type VoteResult } from './sections/votesSection';

/** Everything the report prints, worked out from the map and its analysis. */
export interface ReportContent {
  readonly cover: CoverContent;
  /** The key findings page, right after the cover. */
  readonly findings: readonly KeyFinding[];
  readonly coverage: readonly CoverageRow[];
  readonly unanchored: readonly UnanchoredRow[];
  readonly laneTables: readonly LaneTable[];
  /** Only lanes with at least one emotion set. */
  readonly emotionCurves: readonly EmotionCurve[];
  readonly painPoints: readonly PainPointRow[];
  readonly opportunities: readonly OpportunityRow[];
  /** The revealed rounds of dot voting, oldest first. */
  readonly votes: readonly VoteResult[];
}

/**
 * Works out the report's content from a map and its coverage analysis, one builder per section
 * of the report page (renderer/report/sections). `isoDate` is the cover's date (`YYYY-MM-DD`): the
 * one the options ask for, or the day of the export.
 */
export function reportContent(map: JourneyMap, analysis: CoverageAnalysis, isoDate: string): ReportContent {
  const index = reportIndex(map, analysis);
  const votes = votesSection(map, analysis, index);
  return {
    cover: coverSection(map, analysis, isoDate),
    findings: keyFindings(map, analysis, index, votes),
    coverage: coverageSection(analysis, index),
    unanchored: unanchoredSection(map, analysis, index),
    laneTables: stepTableSection(map, analysis, index),
    emotionCurves: emotionSection(map, index),
    painPoints: painPointsSection(map, index),
    opportunities: opportunitiesSection(map, index),
    votes,
  };
}
