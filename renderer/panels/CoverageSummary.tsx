import type { CoverageAnalysis, LaneCoverage } from '../../shared/analysis/coverage';
import { gapKindLabel, stepCountLabel } from '../../shared/analysis/gapWords';
import type { JourneyMap } from '../../shared/model/journeyMap';

/** Props of the coverage summary. */
export interface CoverageSummaryProps {
  readonly map: JourneyMap;
  readonly analysis: CoverageAnalysis;
}

type TitleOf = (stepId: string) => string;

/** The analysis in words beside the canvas: coverage per journey lane, its gaps, and inside-out work. */
export function CoverageSummary({ map, analysis }: CoverageSummaryProps) {
  const titles = new Map(map.steps.map((step) => [step.id, step.title]));
  const titleOf: TitleOf = (stepId) => titles.get(stepId) ?? stepId;
  return (
    <aside className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="summary__heading">
        Coverage
      </h2>
      {analysis.lanes.length === 0 && <p className="summary__note">This map has no customer journey lane, so there is nothing to cover.</p>}
      {analysis.lanes.map((lane) => (
        <LaneSummary key={lane.laneId} lane={lane} titleOf={titleOf} />
      ))}
      {analysis.unanchoredProcessStepIds.length > 0 && (
        <section className="summary__section">
          <h3 className="summary__lane">Inside-out work</h3>
          <p className="summary__note">Process steps the customer never meets:</p>
          <ul className="summary__steps">
            {analysis.unanchoredProcessStepIds.map((id) => (
              <li key={id}>{titleOf(id)}</li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

function LaneSummary({ lane, titleOf }: { readonly lane: LaneCoverage; readonly titleOf: TitleOf }) {
  const percent = lane.coverage === null ? null : Math.round(lane.coverage * 100);
  return (
    <section className="summary__section">
      <h3 className="summary__lane">{lane.title}</h3>
      {percent === null ? (
        <p className="summary__note">No steps yet.</p>
      ) : (
        <>
          <p className="summary__figure">
            <strong>{percent}%</strong> covered
          </p>
          <div className="coverage-bar" aria-hidden="true">
            <div className="coverage-bar__covered" style={{ width: `${percent}%` }} />
          </div>
          <p className="summary__note">
            {lane.covered} of {stepCountLabel(lane.steps)} accompanied by a process lane.
          </p>
        </>
      )}
      {lane.steps > 0 && lane.gaps.length === 0 && <p className="summary__note">No gaps: every step is accompanied.</p>}
      {lane.gaps.length > 0 && (
        <ul className="gap-list">
          {lane.gaps.map((gap) => (
            <li key={gap.fromColumn} className="gap">
              <p className="gap__heading">
                <span className="gap__kind">{gapKindLabel(gap.kind)}</span>
                <span className="gap__count">{stepCountLabel(gap.stepIds.length)}</span>
              </p>
              <ul className="summary__steps">
                {gap.stepIds.map((id) => (
                  <li key={id}>{titleOf(id)}</li>
                ))}
              </ul>
              {gap.accompaniedBy.length > 0 && (
                <p className="gap__company">With the customer: {gap.accompaniedBy.map(titleOf).join('; ')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
