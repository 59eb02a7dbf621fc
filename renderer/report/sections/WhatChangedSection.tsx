import type { CompareLayout } from '../../../shared/layout/compareLayout';
import type { WhatChangedContent } from '../../../shared/report/sections/whatChangedSection';
import { CompareMapSvg } from '../CompareMapSvg';
import { SectionHeader } from './SectionHeader';

/**
 * What changed between two maps (exported from the compare view): the compare map fitted to the
 * page's width, coverage per journey lane before → after with the gaps closed, opened and changed,
 * and the changed steps.
 */
export function WhatChangedSection({ content, view, width }: { readonly content: WhatChangedContent; readonly view: CompareLayout; readonly width: number }) {
  return (
    <div className="section-block what-changed">
      <SectionHeader eyebrow="What changed" title={`${content.beforeName} → ${content.afterName}`} />
      <p className="section-lead">
        The map after, with what changed marked by shape and word: + added, − removed (ghosted where it was), → moved, ◆ changed;
        gaps closed are outlined with a dashed line, gaps opened with a solid one. Each journey lane shows the emotion after (solid)
        over the emotion before (dashed).
      </p>
      <div className="what-changed__map">
        <CompareMapSvg view={view} width={Math.min(width, view.layout.width)} idPrefix="what-changed" />
      </div>
      {content.lanes.map((lane) => (
        <div className="table-block" key={lane.laneId}>
          <table className="report-table">
            <thead>
              <tr className="table-title">
                <th colSpan={5}>
                  <h3 className="subsection-title">
                    <span className="subsection-title__kind">Customer journey</span>
                    {lane.title}: coverage {lane.coverageBefore} → {lane.coverageAfter}
                  </h3>
                </th>
              </tr>
              <tr>
                <th style={{ width: '24mm' }}>Gap</th>
                <th style={{ width: '34mm' }}>Kind before → after</th>
                <th>Steps</th>
                <th className="cell-number">Severity before</th>
                <th className="cell-number">after</th>
              </tr>
            </thead>
            <tbody>
              {lane.gaps.length === 0 && (
                <tr>
                  <td colSpan={5}>No gap closed, opened or changed.</td>
                </tr>
              )}
              {lane.gaps.map((gap, index) => (
                <tr key={index} data-gap-change={gap.change}>
                  <td>{gap.change}</td>
                  <td>
                    {gap.kindBefore} → {gap.kindAfter}
                  </td>
                  <td>{gap.steps}</td>
                  <td className="cell-number">{gap.severityBefore}</td>
                  <td className="cell-number">{gap.severityAfter}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <div className="table-block">
        <table className="report-table">
          <thead>
            <tr className="table-title">
              <th colSpan={4}>
                <h3 className="subsection-title">The steps that changed</h3>
              </th>
            </tr>
            <tr>
              <th style={{ width: '24mm' }}>Change</th>
              <th>Step</th>
              <th style={{ width: '40mm' }}>Lane</th>
              <th style={{ width: '34%' }}>Where, what</th>
            </tr>
          </thead>
          <tbody>
            {content.steps.length === 0 && (
              <tr>
                <td colSpan={4}>No step was added, removed, moved or changed.</td>
              </tr>
            )}
            {content.steps.map((step, index) => (
              <tr key={index}>
                <td>{step.change}</td>
                <td>{step.title}</td>
                <td>{step.lane}</td>
                <td>{step.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
