import type { CoverageRow } from '../../../shared/report/sections/coverageSection';
import type { CoverContent, PersonaCard } from '../../../shared/report/sections/coverSection';

/** The first page: title, client, date, author, the personas and one coverage headline per journey lane. */
export function CoverSection({ cover, coverage }: { readonly cover: CoverContent; readonly coverage: readonly CoverageRow[] }) {
  const ratioOf = new Map(coverage.map((row) => [row.laneId, row.steps === 0 ? null : row.covered / row.steps]));
  const manyLanes = cover.headlines.length > 1;
  return (
    <section className="report-sheet report-sheet--cover" aria-label="Cover">
      <div className="cover__top">
        <p className="report-eyebrow">Customer journey report</p>
        <p className="cover__brand">Outside-In</p>
      </div>
      <h1 className={`cover__title${titleSize(cover.title)}`}>{cover.title}</h1>
      {cover.client && <p className="cover__client">{cover.client}</p>}
      <dl className="cover__meta">
        <div>
          <dt>Date</dt>
          <dd>{cover.date}</dd>
        </div>
        {cover.author && (
          <div>
            <dt>Author</dt>
            <dd>{cover.author}</dd>
          </div>
        )}
      </dl>

      {cover.headlines.length > 0 && (
        <div className="cover__headlines">
          <p className="report-eyebrow">At a glance</p>
          {cover.headlines.map((headline) => {
            const ratio = ratioOf.get(headline.laneId) ?? null;
            const figure = coverage.find((row) => row.laneId === headline.laneId)?.coverage;
            return (
              <div className="headline" key={headline.laneId}>
                <p className="headline__figure">{figure ?? '—'}</p>
                <div>
                  {manyLanes && <p className="headline__lane">{headline.laneTitle}</p>}
                  <p className="headline__sentence">{headline.sentence}</p>
                </div>
                {ratio !== null && (
                  <span className="headline__bar" aria-hidden="true">
                    <span className="headline__bar-fill" style={{ width: `${ratio * 100}%` }} />
                  </span>
                )}
              </div>
            );
          })}
          <dl className="cover__facts">
            {cover.facts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}

      {cover.personas.length > 0 && (
        <div className="cover__personas">
          <p className="report-eyebrow">{cover.personas.length === 1 ? 'Persona' : 'Personas'}</p>
          <div className="cover__persona-grid">
            {cover.personas.map((persona) => (
              <PersonaBox key={persona.key} persona={persona} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * A longer title is set smaller, so that even five lines leave the cover its glance and its
 * personas on the one page.
 */
function titleSize(title: string): string {
  if (title.length > 140) return ' cover__title--longest';
  if (title.length > 70) return ' cover__title--long';
  return '';
}

function PersonaBox({ persona }: { readonly persona: PersonaCard }) {
  return (
    <article className="persona">
      <span className="persona__avatar" aria-hidden="true" style={persona.colour ? { background: persona.colour } : undefined}>
        {persona.initials}
      </span>
      <h3 className="persona__name">{persona.name}</h3>
      <p className="persona__lanes">Walks: {persona.laneTitles.join(', ')}</p>
      {persona.description && <p className="persona__description">{persona.description}</p>}
      {(persona.goals.length > 0 || persona.frustrations.length > 0) && (
        <div className="persona__lists">
          {persona.goals.length > 0 && (
            <div>
              <h4>Goals</h4>
              <ul>
                {persona.goals.map((goal, index) => (
                  <li key={index}>{goal}</li>
                ))}
              </ul>
            </div>
          )}
          {persona.frustrations.length > 0 && (
            <div>
              <h4>Frustrations</h4>
              <ul>
                {persona.frustrations.map((frustration, index) => (
                  <li key={index}>{frustration}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </article>
  );
}
