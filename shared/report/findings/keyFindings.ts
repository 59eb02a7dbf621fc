import type { CoverageAnalysis } from '../../analysis/coverage';
import type { JourneyMap } from '../../model/journeyMap';
import type { ReportIndex } from '../sections/reportIndex';
import type { VoteResult } from '../sections/votesSection';
import { gapFindings } from './gapFindings';
import { insideOutFindings } from './insideOutFindings';
import { journeyFindings } from './journeyFindings';
import type { KeyFinding } from './keyFinding';
import { momentFindings } from './momentFindings';
import { opportunityFindings } from './opportunityFindings';
import { voteFindings } from './voteFindings';

/**
 * What the map shows, worked out from it, for the page after the cover and the deck's second
 * slide: each journey's coverage and its longest stretch without the organisation, the most severe
 * gaps, the moments that matter left alone, inside-out work, what the room voted for (revealed
 * rounds only), and the open opportunities by owner.
 */
export function keyFindings(map: JourneyMap, analysis: CoverageAnalysis, index: ReportIndex, votes: readonly VoteResult[]): KeyFinding[] {
  return [
    ...journeyFindings(analysis, index),
    ...gapFindings(analysis, index),
    ...momentFindings(map, index),
    insideOutFindings(map, analysis, index),
    ...voteFindings(votes),
    opportunityFindings(map),
  ];
}
