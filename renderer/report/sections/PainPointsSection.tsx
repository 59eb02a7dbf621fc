import type { PainPointRow } from '../../../shared/report/sections/painPointsSection';
import { SectionHeader } from './SectionHeader';

/** The pain points the team recorded, step by step. */
export function PainPointsSection({ rows }: { readonly rows: readonly PainPointRow[] }) {
  return (
    <div className="section-block">
      <SectionHeader eyebrow="Pain points" title="What hurts, step by step" />
      <table className="report-table">
        <thead>
          <tr>
            <th className="cell-columns">Columns</th>
            <th style={{ width: '34%' }}>Step</th>
            <th>Pain points</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.stepId}>
              <td className="cell-columns">{row.columns}</td>
              <td>
                {row.stepTitle}
                <br />
                <span className="cell-muted">{row.laneTitle}</span>
              </td>
              <td>
                <ul>
                  {row.painPoints.map((text, index) => (
                    <li key={index}>{text}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
