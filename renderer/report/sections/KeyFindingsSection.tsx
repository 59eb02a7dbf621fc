import type { KeyFinding } from '../../../shared/report/findings/keyFinding';
import { SectionHeader } from './SectionHeader';

/**
 * The page after the cover: what the map shows, finding by finding, each a sentence that stands
 * without the legend, its figure in the margin and the sentences that back it underneath.
 */
export function KeyFindingsSection({ findings }: { readonly findings: readonly KeyFinding[] }) {
  return (
    <div className="section-block">
      <SectionHeader eyebrow="Key findings" title="What the map shows" />
      <ol className="findings">
        {findings.map((finding, index) => (
          <li key={index} className={`finding finding--${finding.topic}`}>
            <div className="finding__margin">
              <p className="finding__label">{finding.label}</p>
              {finding.figure !== undefined && <p className="finding__figure">{finding.figure}</p>}
            </div>
            <div>
              <p className="finding__headline">{finding.headline}</p>
              {finding.details.length > 0 && <p className="finding__details">{finding.details.join(' ')}</p>}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
