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
import { WhatChangedSection } from './sections/WhatChangedSection';
import { diffMaps } from '../../shared/compare/diffMaps';
import { compareLayout } from '../../shared/layout/compareLayout';
import { whatChangedSection } from '../../shared/report/sections/whatChangedSection';

/** What the report shows: a map, its analysis, the print options and the cover's date (`YYYY-MM-DD`). */
export interface ReportViewProps {
  readonly map: JourneyMap;
  readonly analysis: CoverageAnalysis;
  readonly options: ReportOptions;
  readonly isoDate: string;
  /** Exported from the compare view: the map before, for the What changed section. */
  readonly before?: JourneyMap;
}

/**
 * The whole report, in the order a reader meets it: cover, key findings, the overview, the map, what changed
 * (exported from the compare view), coverage and gaps with the
 * unanchored steps, every step by lane, then the method's sections and the workshop's votes when
 * the map has them.
 */
export function ReportView({ map, analysis, options, isoDate, before }: ReportViewProps) {
  const content = useMemo(() => reportContent(map, analysis, isoDate), [map, analysis, isoDate]);
  const changes = useMemo(() => {
    if (!before || !options.compare) return null;
    const diff = diffMaps(before, map);
    return { content: whatChangedSection(before, map, diff, options.compare.beforeName, options.compare.afterName), view: compareLayout(before, map, diff) };
  }, [before, map, options.compare]);
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
      {changes && (
        <section className="report-sheet" aria-label="What changed">
          <WhatChangedSection content={changes.content} view={changes.view} width={pageArea(options).width} />
        </section>
      )}
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
