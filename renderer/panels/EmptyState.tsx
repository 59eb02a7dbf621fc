import { openMap } from '../files/openFile';
import { BUNDLED_TEMPLATES } from '../templates/bundledTemplates';

/** What the window shows before a map is open: how to begin. */
export function EmptyState() {
  return (
    <section className="empty-state" aria-labelledby="empty-state-heading">
      <h2 id="empty-state-heading">Lay the customer's journey over your organisation</h2>
      <p>
        Open a <code>.journey</code> file with <strong>Open…</strong> above, or drop one onto this window. The workbench then shows
        which stretches of the journey no department accompanies.
      </p>
      <h3>Or start from an example</h3>
      <ul className="template-list">
        {BUNDLED_TEMPLATES.map((template) => (
          <li key={template.id}>
            <button type="button" className="template" onClick={() => openMap(template.map)}>
              <span className="template__title">{template.map.title}</span>
              <span className="template__meta">
                {template.map.lanes.length} lanes · {template.map.steps.length} steps
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
