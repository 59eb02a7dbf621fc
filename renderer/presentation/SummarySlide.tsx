import { useMemo, type CSSProperties, type ReactNode } from 'react';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { SLIDE_TEXT } from '../../shared/presentation/slideStyle';
import { summaryView } from '../../shared/presentation/summaryView';
import { GAP_STYLE } from '../../shared/layout/gapStyle';
import { SlideHeader } from './SlideHeader';
import { textOf } from './slideUnits';
import './summarySlide.css';

const GAP = GAP_STYLE.screen;

/** Where to act: the gaps most severe first, what the room voted for, and the opportunities not yet done. */
export function SummarySlide({ map, analysis, heading }: { readonly map: JourneyMap; readonly analysis: CoverageAnalysis; readonly heading: string }) {
  const view = useMemo(() => summaryView(map, analysis), [map, analysis]);
  return (
    <div className="slide slide--summary">
      <SlideHeader kicker="Summary" heading={heading} figure={null} />
      <div className="summary-grid">
        <Section title="Gaps, most severe first" empty="No gaps: the organisation accompanies every step." more={view.moreGaps}>
          {view.gaps.map((gap) => (
            <li key={gap.firstStepId} className="summary-item">
              <span className="summary-item__head">
                <span className="slide-gap__label" style={{ ...textOf(SLIDE_TEXT.laneDetail), color: GAP.label.colour, background: GAP.label.fill, borderColor: GAP.label.stroke } as CSSProperties}>
                  {gap.words}
                </span>
                <span className="summary-item__figure">Severity {gap.severity}</span>
              </span>
              <span className="summary-item__text">{gap.lane ? `${gap.lane}: ${gap.steps}` : gap.steps}</span>
            </li>
          ))}
        </Section>
        <Section title="What the room voted for" empty="No vote revealed yet." more={0}>
          {view.votes.map((vote) => (
            <li key={vote.voteId} className="summary-item">
              <span className="summary-item__question">{vote.question}</span>
              <ol className="summary-votes">
                {vote.ranked.map((entry, index) => (
                  <li key={index} className="summary-vote">
                    <span className="summary-vote__dots" aria-label={entry.dots === 1 ? '1 dot' : `${entry.dots} dots`}>
                      {entry.dots}
                    </span>
                    <span className="summary-vote__target">{entry.label}</span>
                  </li>
                ))}
                {vote.more > 0 && <li className="summary-more">and {vote.more} more</li>}
              </ol>
            </li>
          ))}
        </Section>
        <Section title="Open opportunities" empty="No open opportunities yet." more={view.moreOpportunities}>
          {view.opportunities.map((opportunity) => (
            <li key={opportunity.opportunityId} className="summary-item">
              <span className="summary-item__text summary-item__text--strong">{opportunity.title}</span>
              <span className="summary-item__figure">{opportunity.owner ? `${opportunity.status} · ${opportunity.owner}` : opportunity.status}</span>
            </li>
          ))}
        </Section>
      </div>
    </div>
  );
}

function Section({ title, empty, more, children }: { readonly title: string; readonly empty: string; readonly more: number; readonly children: ReactNode[] }) {
  return (
    <section className="summary-section">
      <h3 className="summary-section__title" style={textOf(SLIDE_TEXT.sectionTitle)}>
        {title}
      </h3>
      {children.length === 0 ? (
        <p className="summary-section__empty" style={textOf(SLIDE_TEXT.body)}>
          {empty}
        </p>
      ) : (
        <ul className="summary-list" style={textOf(SLIDE_TEXT.body)}>
          {children}
          {more > 0 && <li className="summary-more">and {more} more</li>}
        </ul>
      )}
    </section>
  );
}
