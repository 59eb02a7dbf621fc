import type { LaneKind } from '../../../shared/model/journeyMap';
import type { LaneTable, StepRow } from '../../../shared/report/sections/stepTableSection';
import { stepCountLabel } from '../../../shared/words/figureWords';
import { LANE_KIND_TITLES } from '../../../shared/words/laneKindWords';
import { GapTag } from './GapTag';
import { SectionHeader } from './SectionHeader';

const STANDING_HEADER: Readonly<Record<LaneKind, string | null>> = { journey: 'Coverage', process: 'Customer contact', context: null };

/** Every step of the map, lane by lane in map order, with its columns, standing and method fields. */
export function StepTableSection({ tables }: { readonly tables: readonly LaneTable[] }) {
  return (
    <div className="section-block">
      <SectionHeader eyebrow="All steps" title="Steps by lane" />
      {tables.map((table) => {
        const standingHeader = STANDING_HEADER[table.kind];
        // A lane whose steps carry no method fields gets no empty Details column.
        const hasDetails = table.rows.some((row) => row.details.length > 0);
        const columnCount = 2 + (standingHeader ? 1 : 0) + (hasDetails ? 1 : 0);
        const title = (
          <h3 className="subsection-title">
            <span className="subsection-title__kind">{LANE_KIND_TITLES[table.kind]}</span>
            {table.title}
            <span className="subsection-title__figure">{stepCountLabel(table.rows.length)}</span>
          </h3>
        );
        if (table.rows.length === 0) {
          return (
            <div className="table-block" key={table.laneId}>
              {title}
              <p className="empty-note">No steps in this lane.</p>
            </div>
          );
        }
        return (
          <div className="table-block" key={table.laneId}>
            <table className="report-table">
              <thead>
                {/* The lane's name is part of the header, so it repeats on every page its table runs over. */}
                <tr className="table-title">
                  <th colSpan={columnCount}>{title}</th>
                </tr>
                <tr>
                  <th className="cell-columns">Columns</th>
                  <th style={hasDetails ? { width: '36%' } : undefined}>Step</th>
                  {standingHeader && <th style={{ width: '34mm' }}>{standingHeader}</th>}
                  {hasDetails && <th>Details</th>}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.stepId}>
                    <td className="cell-columns">{row.columns}</td>
                    <td>{row.title}</td>
                    {standingHeader && (
                      <td className="cell-nowrap">
                        <Standing row={row} />
                      </td>
                    )}
                    {hasDetails && (
                      <td>
                        {row.details.length > 0 && (
                          <dl className="step-details">
                            {row.details.map((detail) => (
                              <div key={detail.label}>
                                <dt>{detail.label}</dt>
                                <dd>{detail.value}</dd>
                              </div>
                            ))}
                          </dl>
                        )}
                      </td>
                    )}
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

function Standing({ row }: { readonly row: StepRow }) {
  switch (row.standing) {
    case 'gap':
      return <GapTag label={row.standingLabel} />;
    case 'touchpoint':
      return <span className="touchpoint-tag">{row.standingLabel}</span>;
    case 'unanchored':
      return <span className="inside-out-tag">{row.standingLabel}</span>;
    case 'anchored':
      return <span className="cell-muted">{row.standingLabel}</span>;
    case 'none':
      return null;
  }
}
