import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { analyseCoverage } from '../../../shared/analysis/coverage';
import { beyondLimits } from '../../../shared/edit/beyondLimits';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { importerById } from '../../host/importWork';
import { keepFocusInDialog, tabStops, wrapTab } from '../../dialogs/tabStops';
import { useDocumentStore } from '../../store/documentStore';
import { chooseImport, closeImportDialog, useImportDialog, type ImportStage } from './importDialogState';
import { finishImport } from './importFlow';
import { IMPORT_OPTION_PANELS } from './importOptionPanels';
import './importDialog.css';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const kilobytes = (bytes: number): string => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** File ▸ Import…: reading the file, why it cannot be imported, or its options and what it will make. */
export function ImportDialog() {
  const stage = useImportDialog((state) => state.stage);
  const box = useRef<HTMLDivElement>(null);
  const id = useId();
  const open = stage.kind !== 'closed';

  useEffect(() => {
    if (!open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [open]);
  // Focus moves into each stage as it appears: the primary button, else the first thing to press.
  useEffect(() => {
    if (!box.current) return;
    (box.current.querySelector<HTMLElement>('[data-primary]') ?? tabStops(box.current)[0])?.focus();
  }, [stage.kind]);

  if (!open) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys pressed in the dialog are the dialog's: none reaches the window's shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      closeImportDialog();
      return;
    }
    wrapTab(event, box.current);
  };
  return (
    <div className="modal-backdrop" onMouseDown={keepFocusInDialog}>
      <div ref={box} className="modal import-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-message`} onKeyDown={onKeyDown}>
        <h2 id={`${id}-title`} className="modal__title">
          Import “{stage.fileName}”
        </h2>
        {stage.kind === 'reading' && <Reading id={id} size={stage.size} />}
        {stage.kind === 'failed' && <Failed id={id} stage={stage} />}
        {stage.kind === 'choosing' && <Choosing id={id} stage={stage} />}
      </div>
    </div>
  );
}

function Reading({ id, size }: { readonly id: string; readonly size: number }) {
  return (
    <>
      <p id={`${id}-message`} className="modal__message">
        Reading the file ({kilobytes(size)})…
      </p>
      <progress className="import-dialog__progress" aria-label="Reading the file" />
      <div className="modal__choices">
        <button type="button" className="button" onClick={closeImportDialog}>
          Cancel
        </button>
      </div>
    </>
  );
}

function Failed({ id, stage }: { readonly id: string; readonly stage: Extract<ImportStage, { kind: 'failed' }> }) {
  return (
    <>
      <p id={`${id}-message`} className="modal__message">
        The file cannot be imported; the map on screen is unchanged.
      </p>
      <ul className="import-dialog__problems" role="alert">
        {stage.problems.slice(0, 5).map((problem, index) => (
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
      <div className="modal__choices">
        <button type="button" className="button button--primary" data-primary="" onClick={closeImportDialog}>
          Close
        </button>
      </div>
    </>
  );
}

/** What a map holds, in one line: "Journey: 8 steps, 5 touchpoints · 3 process lanes, 6 steps". */
function previewOf(map: JourneyMap): string {
  const analysis = analyseCoverage(map);
  const journey = map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id);
  const journeySteps = map.steps.filter((step) => journey.includes(step.laneId)).length;
  const touchpoints = analysis.lanes.reduce((sum, lane) => sum + lane.covered, 0);
  const processLanes = map.lanes.length - journey.length;
  const parts = [`${count(processLanes, 'process lane', 'process lanes')} with ${count(map.steps.length - journeySteps, 'step', 'steps')}`];
  if (journey.length > 0) parts.unshift(`a journey of ${count(journeySteps, 'step', 'steps')}, ${count(touchpoints, 'touchpoint', 'touchpoints')}`);
  return parts.join(' · ');
}

function Choosing({ id, stage }: { readonly id: string; readonly stage: Extract<ImportStage, { kind: 'choosing' }> }) {
  const importer = importerById(stage.importerId)!;
  const Options = IMPORT_OPTION_PANELS[importer.id];
  const current = useDocumentStore((state) => state.map);
  const built = useMemo(() => importer.staged!.build(stage.model, stage.options), [importer, stage.model, stage.options]);
  const updating = current.steps.filter((step) => step.source?.file === stage.fileName).length;
  const journeySteps = useMemo(() => {
    const journey = current.lanes.find((lane) => lane.kind === 'journey');
    return journey ? current.steps.filter((step) => step.laneId === journey.id).sort((a, b) => a.column - b.column) : [];
  }, [current]);
  const pinnable = stage.target === 'add' && !built.map.lanes.some((lane) => lane.kind === 'journey') && journeySteps.length > 1 && updating === 0;
  const pinTo = (end: 'fromColumn' | 'toColumn', value: string): void => {
    const pin = stage.pin ?? { fromColumn: journeySteps[0]!.column, toColumn: journeySteps.at(-1)!.column };
    chooseImport({ pin: value === '' ? null : { ...pin, [end]: Number(value) } });
  };
  const empty = built.map.steps.length === 0;
  const beyond = empty ? null : beyondLimits(built.map);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty && !beyond) void finishImport();
      }}
    >
      <p id={`${id}-message`} className="modal__message">
        {/^[aeiou]/i.test(importer.name) ? 'An' : 'A'} {importer.name}. Choose what comes in and where it goes.
      </p>
      {Options && <Options model={stage.model} options={stage.options} onChange={(options) => chooseImport({ options })} />}
      <fieldset className="import-dialog__choice">
        <legend className="field__label">Import into</legend>
        <label className="check">
          <input type="radio" name={`${id}-target`} checked={stage.target === 'new'} onChange={() => chooseImport({ target: 'new' })} />A new map
        </label>
        <label className="check">
          <input type="radio" name={`${id}-target`} checked={stage.target === 'add'} onChange={() => chooseImport({ target: 'add' })} />
          This map{updating > 0 ? `: update the ${count(updating, 'step', 'steps')} imported from this file before` : ''}
        </label>
      </fieldset>
      {pinnable && (
        <div className="field-row import-dialog__pin">
          {(['fromColumn', 'toColumn'] as const).map((end) => (
            <div key={end} className="field">
              <label htmlFor={`${id}-${end}`} className="field__label">
                {end === 'fromColumn' ? 'First activity at' : 'Last activity at'}
              </label>
              <select id={`${id}-${end}`} className="field__input" value={stage.pin ? String(stage.pin[end]) : ''} onChange={(event) => pinTo(end, event.target.value)}>
                <option value="">{end === 'fromColumn' ? 'Column 1' : 'Where the flow ends'}</option>
                {journeySteps.map((step) => (
                  <option key={step.id} value={step.column}>
                    {step.title || 'Untitled step'} (column {step.column + 1})
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      )}
      <p className="import-dialog__preview" aria-live="polite">
        {empty
          ? Options
            ? 'Nothing to import: every pool with activities is left out.'
            : 'Nothing to import: the file has no steps.'
          : beyond
            ? `Too large to import as it is: ${beyond}${Options ? ' Leave out some pools or lanes.' : ''}`
            : `Makes ${previewOf(built.map)}.`}
        {!beyond && built.findings.length > 0 && ` ${count(built.findings.length, 'thing', 'things')} to check will be listed after the import.`}
      </p>
      <div className="modal__choices">
        <button type="button" className="button" onClick={closeImportDialog}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" data-primary="" disabled={empty || beyond !== null}>
          Import
        </button>
      </div>
    </form>
  );
}
