import type { CoverageAnalysis, GapKind } from '../../analysis/coverage';
import { gapsBySeverity } from '../../analysis/severity';
import { formatSeverity, reportPercent } from '../../words/figureWords';
import { gapKindLabel } from '../../words/gapKindWords';
import { columnsLabel } from './columnsLabel';
import type { ReportIndex } from './reportIndex';

/** A gap as the coverage summary lists it. */
export interface GapRow {
  readonly kind: GapKind;
  /** The kind in words, such as `Before`. */
  readonly kindLabel: string;
  readonly stepTitles: readonly string[];
  /** The gap's columns as people count them: `1–3`, or `6`. */
  readonly columns: string;
  /** Who is with the customer there: context step titles, or `nobody`. */
  readonly accompaniedBy: string;
  /** The gap's severity score with one decimal, as the Gaps panel and `analyze` show it. */
  readonly severity: string;
}

/** One journey lane's line of the coverage summary, with its gaps. */
export interface CoverageRow {
  readonly laneId: string;
  readonly laneTitle: string;
  /** Such as `40 %`; null for a lane without steps. */
  readonly coverage: string | null;
  readonly covered: number;
  readonly steps: number;
  readonly gaps: readonly GapRow[];
}

/** The coverage summary: each journey lane's share of covered steps, and its gaps most severe first (equal ones in column order). */
export function coverageSection(analysis: CoverageAnalysis, { titleOf }: ReportIndex): CoverageRow[] {
  return analysis.lanes.map(
    (lane): CoverageRow => ({
      laneId: lane.laneId,
      laneTitle: lane.title || lane.laneId,
      coverage: lane.coverage === null ? null : reportPercent(lane.coverage),
      covered: lane.covered,
      steps: lane.steps,
      gaps: gapsBySeverity(lane.gaps).map((gap) => ({
        kind: gap.kind,
        kindLabel: gapKindLabel(gap.kind),
        stepTitles: gap.stepIds.map(titleOf),
        columns: columnsLabel(gap.fromColumn, gap.toColumn),
        accompaniedBy: gap.accompaniedBy.length === 0 ? 'nobody' : gap.accompaniedBy.map(titleOf).join('; '),
        severity: formatSeverity(gap.severity),
      })),
    }),
  );
}
