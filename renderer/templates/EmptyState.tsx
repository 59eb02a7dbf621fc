import { dispatch } from '../commands/dispatch';
import { EXAMPLE_TEMPLATES, templateTitle } from './bundledTemplates';
import { openTemplate } from './openTemplate';
import { templateSummary } from './templateSummary';
import { useDocumentStore } from '../store/documentStore';

/** What the canvas shows while the map has no lane yet: how to begin. */
export function EmptyState() {
  const stages = useDocumentStore((state) => state.map.stages);
  const first = stages[0]?.title.trim() || 'New stage';
  const last = stages.at(-1)?.title.trim() || 'New stage';
  return (
    <section className="empty-state" aria-labelledby="empty-state-heading">
      <h2 id="empty-state-heading">Lay the customer's journey over your organisation</h2>
      <p>
        Start with the customer: add a journey lane and put their steps in it, from the first inkling of a need to long after the sale. Then add a
        process lane for each department, and watch the gaps appear where no one accompanies the customer.
        {stages.length > 1 && ` The stages are set out already, from ${first} to ${last}: rename them and drag their edges to fit.`}
      </p>
      <div className="empty-state__actions">
        <button type="button" className="button button--primary" onClick={() => dispatch('lane.addJourney')}>
          Add a journey lane
        </button>
        <button type="button" className="button" onClick={() => dispatch('lane.addProcess')}>
          Add a process lane
        </button>
      </div>
      <p className="empty-state__hint">
        Or open a <code>.journey</code> file, or a PDF exported by Outside-In, with <strong>Open…</strong> above, or drop one onto this window. A journey
        kept in Excel, a CSV or a Mermaid diagram comes in with <strong>Import…</strong>.
      </p>
      <h3>Start from an example</h3>
      <ul className="template-list">
        {EXAMPLE_TEMPLATES.map((template) => (
          <li key={template.id}>
            <button type="button" className="template" onClick={() => void openTemplate(template)}>
              <span className="template__title">{templateTitle(template)}</span>
              <span className="template__meta">{templateSummary(template.map)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
