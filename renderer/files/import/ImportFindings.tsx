import { useImportFindings } from './importDialogState';

/** What the last import read past (references to nothing, unnamed lanes, tasks placed by where they are drawn…), in plain words, until dismissed. */
export function ImportFindings() {
  const { fileName, findings } = useImportFindings();
  if (fileName === null || findings.length === 0) return null;
  return (
    <div className="import-findings" role="status" aria-label="What the import read past">
      <div className="import-findings__text">
        <p className="import-findings__heading">
          “{fileName}” was imported. {findings.length === 1 ? 'One thing' : `${findings.length} things`} to check:
        </p>
        <ul className="import-findings__list">
          {findings.map((finding, index) => (
            <li key={index}>{finding.message}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet" onClick={() => useImportFindings.setState({ fileName: null, findings: [] })}>
        Dismiss
      </button>
    </div>
  );
}
