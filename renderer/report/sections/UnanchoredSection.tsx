import type { UnanchoredRow } from '../../../shared/report/sections/unanchoredSection';
import { SectionHeader } from './SectionHeader';

/** Process steps that share no column with the customer's journey: inside-out work. */
export function UnanchoredSection({ rows }: { readonly rows: readonly UnanchoredRow[] }) {
  return (
    <div className="section-block">
      <SectionHeader eyebrow="Inside-out work" title="Unanchored process steps" />
      {rows.length === 0 ? (
        <p className="empty-note">There are no unanchored process steps: every process step meets the customer’s journey.</p>
      ) : (
        <>
          <p className="section-lead">
            {rows.length === 1 ? 'This process step shares' : `These ${rows.length} process steps share`} no column with the customer’s
            journey: work the customer never meets.
          </p>
          <table className="report-table">
            <thead>
              <tr>
                <th style={{ width: '32%' }}>Lane</th>
                <th>Step</th>
                <th className="cell-columns">Columns</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.stepId}>
                  <td className="cell-muted">{row.laneTitle}</td>
                  <td>{row.stepTitle}</td>
                  <td className="cell-columns">{row.columns}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
