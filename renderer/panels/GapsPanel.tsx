import { memo, useDeferredValue, useId, useMemo } from 'react';
import type { Gap, LaneCoverage } from '../../shared/analysis/coverage';
import { formatCoverage } from '../../shared/analysis/describeCoverage';
import { gapKindLabel, stepCountLabel } from '../../shared/analysis/gapWords';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore, type Selection } from '../store/sessionStore';
import { analysisOf } from '../store/useAnalysis';
import { revealSteps } from './revealSteps';

type TitleOf = (stepId: string) => string;

/** Columns counted from 1, as the canvas shows them. */
const columnsLabel = (from: number, to: number): string => (from === to ? `Column ${from + 1}` : `Columns ${from + 1}–${to + 1}`);

const sameSteps = (selection: Selection, stepIds: readonly string[]): boolean =>
  selection.kind === 'steps' && selection.stepIds.length === stepIds.length && stepIds.every((id) => selection.stepIds.includes(id));

function selectAndReveal(stepIds: readonly string[]): void {
  useSessionStore.getState().select({ kind: 'steps', stepIds });
  revealSteps(stepIds);
}

/**
 * The analysis in words: coverage of each journey lane, every gap (kind, steps, who is with the
 * customer there) and the process steps no journey step meets. A gap is a button: it selects its
 * steps and asks the canvas to show them.
 */
export function GapsPanel() {
  // The panel has no fields to type in: it can follow a change a moment later, after the canvas
  // has drawn it (a drop, an undo), rendered in the background in slices that do not hold a frame.
  const map = useDeferredValue(useDocumentStore((state) => state.map));
  const headingId = useId();
  return (
    <section className="panel gaps-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__heading">
        Gaps
      </h2>
      <GapsOfMap map={map} />
    </section>
  );
}

/** The panel's content for one map: re-rendered when the map changes, not when the selection does (each gap selects that itself). */
const GapsOfMap = memo(function GapsOfMap({ map }: { readonly map: JourneyMap }) {
  const analysis = analysisOf(map);
  const titleOf = useMemo<TitleOf>(() => {
    const titles = new Map(map.steps.map((step) => [step.id, step.title]));
    return (stepId) => titles.get(stepId) || 'Untitled step';
  }, [map]);

  return (
    <>
      {analysis.lanes.length === 0 && <p className="panel__hint">Add a journey lane: the customer's steps are what the organisation covers or misses.</p>}
      {analysis.lanes.map((lane) => (
        <LaneGaps key={lane.laneId} lane={lane} titleOf={titleOf} />
      ))}
      <Unanchored map={map} stepIds={analysis.unanchoredProcessStepIds} titleOf={titleOf} />
    </>
  );
});

function LaneGaps({ lane, titleOf }: { readonly lane: LaneCoverage; readonly titleOf: TitleOf }) {
  return (
    <div className="gaps-lane">
      <h3 className="gaps-lane__title">{lane.title || 'Untitled journey lane'}</h3>
      {lane.coverage === null ? (
        <p className="panel__hint">No steps yet.</p>
      ) : (
        <>
          <p className="gaps-lane__figure">
            <strong>{formatCoverage(lane.coverage)}</strong> covered
            <span className="gaps-lane__count">
              {' '}
              · {lane.covered} of {stepCountLabel(lane.steps)}
            </span>
          </p>
          <div className="coverage-bar" aria-hidden="true">
            <div className="coverage-bar__covered" style={{ width: `${lane.coverage * 100}%` }} />
          </div>
          {lane.gaps.length === 0 ? (
            <p className="panel__hint">No gaps: a process lane accompanies every step.</p>
          ) : (
            <ul className="gap-list">
              {lane.gaps.map((gap) => (
                <li key={gap.stepIds[0]}>
                  <GapButton gap={gap} titleOf={titleOf} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function GapButton({ gap, titleOf }: { readonly gap: Gap; readonly titleOf: TitleOf }) {
  const selected = useSessionStore((state) => sameSteps(state.selection, gap.stepIds));
  return (
    <button type="button" className={selected ? 'gap gap--selected' : 'gap'} onClick={() => selectAndReveal(gap.stepIds)}>
      <span className="gap__heading">
        <span className={`gap__swatch gap__swatch--${gap.kind}`} aria-hidden="true" />
        <span className="gap__kind">{gapKindLabel(gap.kind)}</span>
        <span className="gap__where">
          {columnsLabel(gap.fromColumn, gap.toColumn)} · {stepCountLabel(gap.stepIds.length)}
        </span>
      </span>
      <span className="gap__steps">
        {gap.stepIds.map((id, index) => (
          <span key={id} className="gap__step">
            {titleOf(id)}
            {/* Read out as a list by screen readers, which ignore the visual line breaks. */}
            <span className="visually-hidden">{index < gap.stepIds.length - 1 ? ';' : '.'}</span>
          </span>
        ))}
      </span>
      {gap.accompaniedBy.length > 0 ? (
        <span className="gap__company">With the customer: {gap.accompaniedBy.map(titleOf).join('; ')}</span>
      ) : (
        <span className="gap__company gap__company--alone">The customer is on their own here.</span>
      )}
    </button>
  );
}

function Unanchored({ map, stepIds, titleOf }: { readonly map: JourneyMap; readonly stepIds: readonly string[]; readonly titleOf: TitleOf }) {
  if (stepIds.length === 0) return null;
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane.title]));
  const steps = new Map(map.steps.map((step) => [step.id, step]));
  return (
    <div className="gaps-lane">
      <h3 className="gaps-lane__title">Inside-out work</h3>
      <p className="panel__hint">Process steps the customer never meets:</p>
      <ul className="unanchored-list">
        {stepIds.map((id) => {
          const step = steps.get(id);
          return (
            <li key={id}>
              <button type="button" className="unanchored" onClick={() => selectAndReveal([id])}>
                <span className="unanchored__title">{titleOf(id)}</span>
                {step && (
                  <span className="unanchored__where">
                    {lanes.get(step.laneId) || 'Untitled lane'} · {columnsLabel(step.column, step.column + step.span - 1)}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
