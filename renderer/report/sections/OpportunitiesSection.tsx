import type { OpportunityRow } from '../../../shared/report/sections/opportunitiesSection';
import { SectionHeader } from './SectionHeader';

/** The actions the organisation could take, with what they act on, owner, status and due date. */
export function OpportunitiesSection({ rows }: { readonly rows: readonly OpportunityRow[] }) {
  return (
    <div className="section-block">
      <SectionHeader eyebrow="Opportunities" title="What the organisation could do" />
      <table className="report-table">
        <thead>
          <tr>
            <th style={{ width: '30%' }}>Opportunity</th>
            <th>Acts on</th>
            <th style={{ width: '15%' }}>Owner</th>
            <th style={{ width: '11%' }}>Status</th>
            <th style={{ width: '14%' }}>Due</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <strong>{row.title}</strong>
                {row.description && <p className="cell-muted">{row.description}</p>}
              </td>
              <td>{row.target}</td>
              <td>{row.owner}</td>
              <td className="cell-nowrap">{row.statusLabel}</td>
              <td className="cell-nowrap">{row.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
