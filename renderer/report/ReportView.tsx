import { useMemo } from 'react';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { pageArea } from '../../shared/report/pageGeometry';
import { reportContent } from '../../shared/report/reportContent';
import type { ReportOptions } from '../../shared/report/reportOptions';
import { ReportMap } from './ReportMap';
import { CoverageSection } from './sections/CoverageSection';
import { CoverSection } from './sections/CoverSection';
import { EmotionSection } from './sections/EmotionSection';
import { KeyFindingsSection } from './sections/KeyFindingsSection';
import { OverviewSection } from './sections/OverviewSection';
import { OpportunitiesSection } from './sections/OpportunitiesSection';
import { PainPointsSection } from './sections/PainPointsSection';
import { StepTableSection } from './sections/StepTableSection';
import { UnanchoredSection } from './sections/UnanchoredSection';
import { VotesSection } from './sections/VotesSection';

/** What the report shows: a map, its analysis, the print options and the cover's date (`YYYY-MM-DD`). */
export interface ReportViewProps {
  readonly map: JourneyMap;
  readonly analysis: CoverageAnalysis;
  readonly options: ReportOptions;
  readonly isoDate: string;
}

/**
 * The whole report, in the order a reader meets it: cover, key findings, the overview, the map, coverage and gaps with the
 * unanchored steps, every step by lane, then the method's sections and the workshop's votes when
 * the map has them.
 */
export function ReportView({ map, analysis, options, isoDate }: ReportViewProps) {
  const content = useMemo(() => reportContent(map, analysis, isoDate), [map, analysis, isoDate]);
  const hasMethod = content.emotionCurves.length > 0 || content.painPoints.length > 0 || content.opportunities.length > 0;
  return (
    <main className="report">
      <CoverSection cover={content.cover} coverage={content.coverage} />
      <section className="report-sheet" aria-label="Key findings">
        <KeyFindingsSection findings={content.findings} />
      </section>
      <section className="report-sheet" aria-label="Overview">
        <OverviewSection map={map} analysis={analysis} width={pageArea(options).width} height={pageArea(options).height} />
      </section>
      <section className="report-sheet report-sheet--map" aria-label="The map">
        <ReportMap map={map} analysis={analysis} options={options} />
      </section>
      <section className="report-sheet" aria-label="Coverage">
        <CoverageSection coverage={content.coverage} />
        <UnanchoredSection rows={content.unanchored} />
      </section>
      <section className="report-sheet" aria-label="Steps by lane">
        <StepTableSection tables={content.laneTables} />
      </section>
      {hasMethod && (
        <section className="report-sheet" aria-label="Emotion, pain points and opportunities">
          {content.emotionCurves.length > 0 && <EmotionSection curves={content.emotionCurves} width={pageArea(options).width} />}
          {content.painPoints.length > 0 && <PainPointsSection rows={content.painPoints} />}
          {content.opportunities.length > 0 && <OpportunitiesSection rows={content.opportunities} />}
        </section>
      )}
      {content.votes.length > 0 && (
        <section className="report-sheet" aria-label="Votes">
          <VotesSection votes={content.votes} />
        </section>
      )}
    </main>
  );
}
