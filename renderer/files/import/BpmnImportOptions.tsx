import { useId } from 'react';
import type { BpmnModel } from '../../../shared/format/bpmn/bpmnModel';
import { guessCustomerPool, type BpmnImportOptions as Options } from '../../../shared/format/bpmn/bpmnOptions';
import { poolTitle } from '../../../shared/format/bpmn/buildBpmnMap';
import type { ImportOptionsProps } from './importOptionPanels';

/**
 * The BPMN import's options: which pools and lanes come in, which pool is the customer (a guess
 * the person confirms), and how expanded sub-processes show.
 */
export function BpmnImportOptions({ model: prepared, options: chosen, onChange }: ImportOptionsProps) {
  // The dialog hands this panel what the BPMN importer prepared and its own options, and nothing else.
  const model = prepared as BpmnModel;
  const options = chosen as Options;
  const id = useId();
  const guess = guessCustomerPool(model);
  const excluded = new Set(options.excludedIds);
  const toggle = (elementId: string, included: boolean): void =>
    onChange({ ...options, excludedIds: included ? options.excludedIds.filter((candidate) => candidate !== elementId) : [...options.excludedIds, elementId] });
  const poolName = (index: number): string => poolTitle(model, index);

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-customer`} className="field__label">
          The customer’s pool
        </label>
        <select id={`${id}-customer`} className="field__input" value={options.customerPoolId ?? ''} onChange={(event) => onChange({ ...options, customerPoolId: event.target.value || null, excludedIds: options.excludedIds.filter((candidate) => candidate !== event.target.value) })}>
          <option value="">None: every pool is the organisation’s</option>
          {model.pools.map((pool, index) => (
            <option key={pool.id} value={pool.id}>
              {poolName(index)}
              {pool === guess ? ' (guessed)' : ''}
            </option>
          ))}
        </select>
        <p className="field__hint">{guess ? `“${poolName(model.pools.indexOf(guess))}” looks like the customer: confirm it, or choose another.` : 'No pool looks like the customer’s: choose one if the model has it.'} Its activities become the journey; each message it exchanges with the organisation, a touchpoint.</p>
      </div>
      <fieldset className="import-dialog__pools">
        <legend className="field__label">Pools and lanes to import</legend>
        {model.pools.map((pool, index) => {
          const isCustomer = pool.id === options.customerPoolId;
          const named = pool.lanes.filter((lane) => lane.name);
          return (
            <div key={pool.id} className="import-dialog__pool">
              <label className="check">
                <input type="checkbox" checked={isCustomer || !excluded.has(pool.id)} disabled={isCustomer} onChange={(event) => toggle(pool.id, event.target.checked)} />
                {poolName(index)}
                {isCustomer ? ' (the journey)' : pool.processId === null ? ' (shows no process)' : ''}
              </label>
              {!isCustomer && !excluded.has(pool.id) && named.length > 1 && (
                <div className="import-dialog__lanes">
                  {named.map((lane) => (
                    <label key={lane.id} className="check">
                      <input type="checkbox" checked={!excluded.has(lane.id)} onChange={(event) => toggle(lane.id, event.target.checked)} />
                      {lane.name}
                    </label>
                  ))}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      {model.nodes.some((node) => node.kind === 'subProcess' && !node.collapsed) && (
        <fieldset className="import-dialog__choice">
          <legend className="field__label">Expanded sub-processes</legend>
          <label className="check">
            <input type="radio" name={`${id}-subprocesses`} checked={options.subprocesses === 'expand'} onChange={() => onChange({ ...options, subprocesses: 'expand' })} />
            As their activities
          </label>
          <label className="check">
            <input type="radio" name={`${id}-subprocesses`} checked={options.subprocesses === 'collapse'} onChange={() => onChange({ ...options, subprocesses: 'collapse' })} />
            As one step each
          </label>
        </fieldset>
      )}
    </>
  );
}
