import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Gap, LaneCoverage } from '../../shared/analysis/coverage';
import { gapsBySeverity, SEVERITY_FORMULA } from '../../shared/analysis/severity';
import { dotsByGap, revealedVotes } from '../../shared/analysis/voteResults';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { formatCoverage, formatSeverity, stepCountLabel } from '../../shared/words/figureWords';
import { gapKindLabel } from '../../shared/words/gapKindWords';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore, type Selection } from '../store/sessionStore';
import { analysisOf } from '../store/analysisOf';
import { addOpportunityForGap } from './opportunities/opportunityActions';
import { revealSteps } from '../canvas/revealSteps';
import { DotButton, DotCount } from './votes/DotButton';
import { OrderChoice } from './votes/OrderChoice';
import { byDots, useVoteOrder, type GapOrder } from './votes/voteOrder';

type TitleOf = (stepId: string) => string;

/** The dots each gap received in the votes revealed, by its first step. */
type DotsOf = ReadonlyMap<string, number>;

const GAP_ORDERS: readonly { readonly value: GapOrder; readonly label: string }[] = [
  { value: 'severity', label: 'Severity' },
  { value: 'votes', label: 'Votes' },
];

/** Columns counted from 1, as the canvas shows them. */
const columnsLabel = (from: number, to: number): string => (from === to ? `Column ${from + 1}` : `Columns ${from + 1}–${to + 1}`);

const sameSteps = (selection: Selection, stepIds: readonly string[]): boolean =>
  selection.kind === 'steps' && selection.stepIds.length === stepIds.length && stepIds.every((id) => selection.stepIds.includes(id));

function selectAndReveal(stepIds: readonly string[]): void {
  useSessionStore.getState().select({ kind: 'steps', stepIds });
  revealSteps(stepIds);
}

/**
 * The analysis in words: coverage of each journey lane, every gap (kind, severity, steps, who is
 * with the customer there), most severe first, and the process steps no journey step meets. A gap
 * is a button: it selects its steps and asks the canvas to show them; beside it, a gap can be given
 * an opportunity.
 */
export function GapsPanel() {
  // The panel has no fields to type in: it can follow a change a moment later, after the canvas
  // has drawn it (a drop, an undo), rendered in the background in slices that do not hold a frame.
  const map = useDeferredValue(useDocumentStore((state) => state.map));
  const order = useVoteOrder((state) => state.gaps);
  const headingId = useId();
  return (
    <section className="panel gaps-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__heading">
        Gaps
      </h2>
      <GapsOfMap map={map} order={order} />
    </section>
  );
}

/**
 * The panel's content for one map: re-rendered when the map changes, not when the selection does
 * (each gap selects that itself). Once a vote is revealed, the gaps may be listed by their dots (`order`).
 */
export const GapsOfMap = memo(function GapsOfMap({ map, order: chosen = 'severity' }: { readonly map: JourneyMap; readonly order?: GapOrder }) {
  const analysis = analysisOf(map);
  const titleOf = useMemo<TitleOf>(() => {
    const titles = new Map(map.steps.map((step) => [step.id, step.title]));
    return (stepId) => titles.get(stepId) || 'Untitled step';
  }, [map]);
  const voted = revealedVotes(map).length > 0;
  const dots = useMemo(() => dotsByGap(map, analysis), [map, analysis]);
  const order = voted ? chosen : 'severity';
  const hasGaps = analysis.lanes.some((lane) => lane.gaps.length > 0);

  return (
    <>
      {analysis.lanes.length === 0 && <p className="panel__hint">Add a journey lane: the customer's steps are what the organisation covers or misses.</p>}
      {hasGaps && voted && <OrderChoice options={GAP_ORDERS} value={order} onChange={(gaps) => useVoteOrder.setState({ gaps })} />}
      {hasGaps && <SeverityNote byVotes={order === 'votes'} />}
      {analysis.lanes.map((lane) => (
        <LaneGaps key={lane.laneId} lane={lane} titleOf={titleOf} dots={dots} order={order} />
      ))}
      <Unanchored map={map} stepIds={analysis.unanchoredProcessStepIds} titleOf={titleOf} />
    </>
  );
});

/** How the gaps are ordered, in a line, and the formula behind it for whoever asks. */
function SeverityNote({ byVotes }: { readonly byVotes: boolean }) {
  return (
    <div className="severity-note">
      <p className="severity-note__line">
        {byVotes ? 'Most dots first, then most severe.' : 'Most severe gaps first: unhappy steps, moments that matter and many customers weigh most.'}
      </p>
      <details className="severity-note__how">
        <summary>How is severity scored?</summary>
        <p>{SEVERITY_FORMULA}</p>
      </details>
    </div>
  );
}

/** How many gaps (or inside-out steps) a list shows at first, and how many more each press of Show more adds. */
const LIST_PAGE = 30;

/** How many of its steps a gap names; the rest are counted (the canvas shows them all when the gap is selected). */
const STEPS_NAMED = 8;

/** Separates the titles a gap shows in the one string its memoised view compares. */
const TITLE_SEPARATOR = '\u0000';

/** The rest of a long list, behind a button: the most severe come first, so what is shown is what matters. */
function ShowMore({ hidden, onShow, what }: { readonly hidden: number; readonly onShow: () => void; readonly what: string }) {
  if (hidden <= 0) return null;
  return (
    <button type="button" className="button button--quiet button--small gaps-lane__more" onClick={onShow}>
      Show {Math.min(hidden, LIST_PAGE)} more {what} ({hidden} not shown)
    </button>
  );
}

interface LaneGapsProps {
  readonly lane: LaneCoverage;
  readonly titleOf: TitleOf;
  readonly dots: DotsOf;
  readonly order: GapOrder;
}

function LaneGaps({ lane, titleOf, dots, order }: LaneGapsProps) {
  const ranked = useMemo(() => {
    const bySeverity = gapsBySeverity(lane.gaps);
    return order === 'votes' ? byDots(bySeverity, (gap) => dots.get(gap.stepIds[0]!) ?? 0) : bySeverity;
  }, [lane.gaps, order, dots]);
  const highest = lane.gaps.reduce((most, gap) => Math.max(most, gap.severity), 0);
  const [shown, setShown] = useState(LIST_PAGE);
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
            <>
              <ul className="gap-list">
                {ranked.slice(0, shown).map((gap) => (
                  <GapItem
                    key={gap.stepIds[0]}
                    gap={gap}
                    highest={highest}
                    stepTitles={gap.stepIds.slice(0, STEPS_NAMED).map(titleOf).join(TITLE_SEPARATOR)}
                    company={gap.accompaniedBy.map(titleOf).join('; ')}
                    dots={dots.get(gap.stepIds[0]!) ?? 0}
                  />
                ))}
              </ul>
              <ShowMore hidden={ranked.length - shown} onShow={() => setShown(shown + LIST_PAGE)} what="gaps" />
            </>
          )}
        </>
      )}
    </div>
  );
}

interface GapItemProps {
  readonly gap: Gap;
  readonly highest: number;
  /** Its steps' titles, in one string (TITLE_SEPARATOR between them), so the item renders again only when one of them changes. */
  readonly stepTitles: string;
  /** Who is with the customer there, in words. */
  readonly company: string;
  /** The dots it received in the votes revealed. */
  readonly dots: number;
}

/** One gap: the button that selects its steps, the one that gives it an opportunity, and its dots (to place, while the room votes). */
const GapItem = memo(function GapItem({ gap, highest, stepTitles, company, dots }: GapItemProps) {
  const selected = useSessionStore((state) => sameSteps(state.selection, gap.stepIds));
  // The opportunity button says which gap it acts on by the gap's heading (kind and columns).
  const headingId = useId();
  return (
    <li className="gap-item">
      <button type="button" className={selected ? 'gap gap--selected' : 'gap'} onClick={() => selectAndReveal(gap.stepIds)}>
        <GapContent gap={gap} headingId={headingId} highest={highest} stepTitles={stepTitles.split(TITLE_SEPARATOR)} company={company} />
      </button>
      <span className="gap-item__actions">
        <DotCount count={dots} />
        <DotButton target={{ kind: 'gap', stepId: gap.stepIds[0]! }} name={`the ${gapKindLabel(gap.kind).toLowerCase()} gap at ${columnsLabel(gap.fromColumn, gap.toColumn).toLowerCase()}`} />
        <button
          type="button"
          className="button button--quiet button--small gap-item__add"
          aria-describedby={headingId}
          onClick={() => addOpportunityForGap(gap.stepIds[0]!)}
        >
          Add opportunity
        </button>
      </span>
    </li>
  );
});

interface GapContentProps {
  readonly gap: Gap;
  readonly headingId: string;
  /** The severity of the lane's most severe gap, the full length of the severity bar; at least 1, as every step weighs at least 1. */
  readonly highest: number;
  readonly stepTitles: readonly string[];
  readonly company: string;
}

function GapContent({ gap, headingId, highest, stepTitles, company }: GapContentProps) {
  return (
    <>
      <span className="gap__heading" id={headingId}>
        <span className={`gap__swatch gap__swatch--${gap.kind}`} aria-hidden="true" />
        <span className="gap__kind">{gapKindLabel(gap.kind)}</span>
        <span className="gap__where">
          {columnsLabel(gap.fromColumn, gap.toColumn)} · {stepCountLabel(gap.stepIds.length)}
        </span>
      </span>
      <span className="gap__severity">
        <span className="gap__severity-figure">Severity {formatSeverity(gap.severity)}</span>
        <span className="gap__severity-bar" aria-hidden="true">
          <span className="gap__severity-fill" style={{ width: `${(gap.severity / highest) * 100}%` }} />
        </span>
      </span>
      <span className="gap__steps">
        {gap.stepIds.slice(0, STEPS_NAMED).map((id, index) => (
          <span key={id} className="gap__step" title={stepTitles[index]}>
            {stepTitles[index]}
            {/* Read out as a list by screen readers, which ignore the visual line breaks. */}
            <span className="visually-hidden">{index < Math.min(gap.stepIds.length, STEPS_NAMED) - 1 ? ';' : '.'}</span>
          </span>
        ))}
        {gap.stepIds.length > STEPS_NAMED && <span className="gap__step gap__step--more">and {gap.stepIds.length - STEPS_NAMED} more</span>}
      </span>
      {gap.accompaniedBy.length > 0 ? (
        <span className="gap__company">With the customer: {company}</span>
      ) : (
        <span className="gap__company gap__company--alone">The customer is on their own here.</span>
      )}
    </>
  );
}

function Unanchored({ map, stepIds, titleOf }: { readonly map: JourneyMap; readonly stepIds: readonly string[]; readonly titleOf: TitleOf }) {
  const [shown, setShown] = useState(LIST_PAGE);
  if (stepIds.length === 0) return null;
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane.title]));
  const steps = new Map(map.steps.map((step) => [step.id, step]));
  return (
    <div className="gaps-lane">
      <h3 className="gaps-lane__title">Inside-out work</h3>
      <p className="panel__hint">Process steps the customer never meets:</p>
      <ul className="unanchored-list">
        {stepIds.slice(0, shown).map((id) => {
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
      <ShowMore hidden={stepIds.length - shown} onShow={() => setShown(shown + LIST_PAGE)} what="steps" />
    </div>
  );
}
