import { SEVERITY_FORMULA } from '../../../shared/analysis/severity';
import type { CoverageRow } from '../../../shared/report/sections/coverageSection';
import { GapTag } from './GapTag';
import { SectionHeader } from './SectionHeader';

// The formula's subscript set as one: the bundled Inter has no subscript figures, and a fallback
// face would be embedded in the PDF for them.
const formulaParts = SEVERITY_FORMULA.split('₁₀');

/** Coverage per journey lane and the table of its gaps, most severe first: kind, steps, columns, who is with the customer there, and severity, with how severity is scored. */
export function CoverageSection({ coverage }: { readonly coverage: readonly CoverageRow[] }) {
  return (
    <div className="section-block">
      <SectionHeader eyebrow="Coverage" title="Where the organisation accompanies the customer" />
      <p className="section-lead">
        A journey step is covered when a process step shares one of its columns. A gap is a run of steps the organisation does not
        accompany: before its first contact, between two contact moments, after its last one — or, when it never meets the
        customer, the entire journey. Each lane's gaps are listed most severe first.
      </p>
      <p className="severity-note">
        <strong>How severity is scored.</strong> {formulaParts[0]}
        <sub>10</sub>
        {formulaParts[1]}
      </p>
      {coverage.length === 0 && <p className="empty-note">The map has no journey lane, so there is no customer journey to cover.</p>}
      {coverage.map((lane) => {
        const heading = (
          <>
            <h3 className="subsection-title">
              <span className="subsection-title__kind">Customer journey</span>
              {lane.laneTitle}
            </h3>
            <div className="coverage-lane__figures">
              <span className="coverage-lane__figure">{lane.coverage ?? '—'}</span>
              <span className="coverage-lane__detail">{figuresOf(lane)}</span>
            </div>
          </>
        );
        if (lane.gaps.length === 0) {
          return (
            <div className="table-block coverage-lane" key={lane.laneId}>
              {heading}
              {lane.coverage !== null && <p className="empty-note">No gaps: the organisation accompanies every step of this journey.</p>}
            </div>
          );
        }
        return (
          <div className="table-block coverage-lane" key={lane.laneId}>
            <table className="report-table">
              <thead>
                {/* The lane and its coverage are part of the header, so they repeat when the gaps run over pages. */}
                <tr className="table-title">
                  <th colSpan={5}>{heading}</th>
                </tr>
                <tr>
                  <th style={{ width: '30mm' }}>Gap</th>
                  <th className="cell-columns">Columns</th>
                  <th>Steps</th>
                  <th style={{ width: '34%' }}>Who is with the customer</th>
                  <th className="cell-number">Severity</th>
                </tr>
              </thead>
              <tbody>
                {lane.gaps.map((gap, index) => (
                  <tr key={index}>
                    <td>
                      <GapTag label={gap.kindLabel} />
                    </td>
                    <td className="cell-columns">{gap.columns}</td>
                    <td>{gap.stepTitles.join(' · ')}</td>
                    <td className={gap.accompaniedBy === 'nobody' ? 'cell-muted' : undefined}>{gap.accompaniedBy}</td>
                    <td className="cell-number">{gap.severity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}

/** "covered: 4 of 10 steps, 2 gaps", or that the lane has no steps yet. */
function figuresOf(lane: CoverageRow): string {
  if (lane.coverage === null) return 'No steps yet.';
  const gaps = lane.gaps.length === 0 ? 'no gaps' : `${lane.gaps.length} ${lane.gaps.length === 1 ? 'gap' : 'gaps'}`;
  return `covered: ${lane.covered} of ${lane.steps} ${lane.steps === 1 ? 'step' : 'steps'}, ${gaps}`;
}
