import { useLayoutEffect, useMemo, useRef, type CSSProperties, type RefObject } from 'react';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { columnsSlideView, type SlideCard, type SlideLane } from '../../shared/presentation/columnsSlideView';
import { SLIDE_CARD_LINES, SLIDE_TEXT } from '../../shared/presentation/slideStyle';
import type { ColumnsSlide as ColumnsSlideModel } from '../../shared/presentation/slides';
import { coveredLabel } from '../../shared/presentation/slideWords';
import { GAP_STYLE } from '../../shared/layout/gapStyle';
import { KIND_ACCENT, PALETTE } from '../../shared/style/palette';
import { SlideHeader } from './SlideHeader';
import { textOf, u } from './slideUnits';
import './columnsSlide.css';

interface ColumnsSlideProps {
  readonly map: JourneyMap;
  readonly analysis: CoverageAnalysis;
  readonly slide: ColumnsSlideModel;
  readonly heading: string;
  /** Where the slide sits: "Stage 2 of 3". */
  readonly place: string;
  /** The headings of the slides either side, shown faintly at the edges: the rest of the journey, dimmed away. */
  readonly before: string | null;
  readonly after: string | null;
}

const GAP = GAP_STYLE.screen;
const LABEL_ROW = 40;

/**
 * A stage (or a group of columns) large: its columns fill the width, each lane with a card here
 * is a row, the journey on top; the stage's gaps are spotlighted over the journey and down through
 * the organisation's lanes, and labelled with the canvas's words. Only this slide's columns are drawn.
 */
export function ColumnsSlide({ map, analysis, slide, heading, place, before, after }: ColumnsSlideProps) {
  // Worked out once per slide shown: typing a slide's number or blanking the screen re-renders it.
  const view = useMemo(() => columnsSlideView(map, analysis, slide), [map, analysis, slide]);
  const grid = useRef<HTMLDivElement>(null);
  useFittedTitles(grid, view);

  // A journey lane with a gap here has a row under its cards for the gap's label.
  const labelled = new Set(view.gaps.map((gap) => gap.laneId));
  const rowsOf = (lane: SlideLane): number => lane.rows + (labelled.has(lane.laneId) ? 1 : 0);
  const rows: string[] = [];
  const startOf = new Map<string, number>();
  for (const lane of view.lanes) {
    startOf.set(lane.laneId, rows.length + 1);
    for (let row = 0; row < lane.rows; row++) rows.push('auto');
    if (labelled.has(lane.laneId)) rows.push(u(LABEL_ROW));
  }
  // Where the organisation is absent from these columns, a row says so, and the gaps reach into it.
  const absentRow = view.organisationPresent ? null : rows.push('auto');
  const processLanes = view.lanes.filter((lane) => lane.kind === 'process');
  const lastProcess = processLanes[processLanes.length - 1];
  const reachFrom = absentRow ?? (processLanes[0] ? startOf.get(processLanes[0].laneId)! : 0);
  const reachTo = absentRow !== null ? absentRow + 1 : lastProcess ? startOf.get(lastProcess.laneId)! + lastProcess.rows : 0;

  return (
    <div className="slide slide--columns">
      <SlideHeader kicker={place} heading={heading} figure={view.journeySteps > 0 ? coveredLabel(view.covered, view.journeySteps) : null} before={before} after={after} />
      {view.columns.length === 0 ? (
        <p className="slide__empty" style={textOf(SLIDE_TEXT.subheading)}>
          No steps in this stage yet.
        </p>
      ) : (
        <div
          ref={grid}
          className="slide-grid"
          style={{ gridTemplateColumns: `${u(190)} repeat(${view.columns.length}, minmax(0, 1fr))`, gridTemplateRows: rows.join(' ') } as CSSProperties}
        >
          {view.lanes.map((lane) => (
            <LaneRow key={lane.laneId} lane={lane} start={startOf.get(lane.laneId)!} rows={rowsOf(lane)} />
          ))}
          {view.gaps.map((gap) => {
            const lane = view.lanes.find((candidate) => candidate.laneId === gap.laneId);
            if (!lane) return null;
            const start = startOf.get(lane.laneId)!;
            const columns = `${gap.from + 2} / span ${gap.span}`;
            const edges = `${gap.continuesLeft ? ' slide-gap--open-left' : ''}${gap.continuesRight ? ' slide-gap--open-right' : ''}`;
            return [
              <div key={`${gap.laneId}-${gap.from}-band`} className={`slide-gap${edges}`} style={{ gridColumn: columns, gridRow: `${start} / span ${lane.rows + 1}`, '--gap': GAP.colour } as CSSProperties} />,
              reachTo > reachFrom && (
                <div key={`${gap.laneId}-${gap.from}-reach`} className={`slide-gap slide-gap--reach${edges}`} style={{ gridColumn: columns, gridRow: `${reachFrom} / ${reachTo}`, '--gap': GAP.colour } as CSSProperties} />
              ),
              <div key={`${gap.laneId}-${gap.from}-label`} className="slide-gap__label-cell" style={{ gridColumn: columns, gridRow: start + lane.rows }}>
                <span className="slide-gap__label" style={{ ...textOf(SLIDE_TEXT.gapLabel), color: GAP.label.colour, background: GAP.label.fill, borderColor: GAP.label.stroke }}>
                  {gap.words}
                </span>
              </div>,
            ];
          })}
          {view.lanes.flatMap((lane) => lane.cards.map((card) => <Card key={card.stepId} card={card} lane={lane} start={startOf.get(lane.laneId)!} />))}
          {absentRow !== null && (
            <>
              <div className="slide-lane__header slide-lane__header--absent" style={{ gridColumn: 1, gridRow: absentRow }}>
                <span className="slide-lane__title" style={textOf(SLIDE_TEXT.laneTitle)}>
                  Organisation
                </span>
              </div>
              <p className="slide__absent" style={{ ...textOf(SLIDE_TEXT.subheading), gridColumn: '2 / -1', gridRow: absentRow }}>
                No team of the organisation is involved here.
              </p>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** A lane's band across the slide and its header on the left. */
function LaneRow({ lane, start, rows }: { readonly lane: SlideLane; readonly start: number; readonly rows: number }) {
  return (
    <>
      <div className={`slide-lane slide-lane--${lane.kind}`} style={{ gridColumn: '1 / -1', gridRow: `${start} / span ${rows}` }} />
      <div className="slide-lane__header" style={{ gridColumn: 1, gridRow: `${start} / span ${rows}`, borderColor: KIND_ACCENT[lane.kind] }}>
        <span className="slide-lane__title" style={textOf(SLIDE_TEXT.laneTitle)}>
          {lane.title}
        </span>
        {lane.detail && (
          <span className="slide-lane__detail" style={textOf(SLIDE_TEXT.laneDetail)}>
            {lane.detail}
          </span>
        )}
      </div>
    </>
  );
}

const MARK_WORDS = { touchpoint: { words: 'Touchpoint', colour: PALETTE.covered }, unanchored: { words: 'Inside-out', colour: PALETTE.unanchored } } as const;

/** A step's card: its title at twice the canvas's size, and the method's marks as words. */
function Card({ card, lane, start }: { readonly card: SlideCard; readonly lane: SlideLane; readonly start: number }) {
  const titled = card.title.trim() !== '';
  const mark = card.mark ? MARK_WORDS[card.mark] : null;
  const edges = `${card.continuesLeft ? ' slide-card--open-left' : ''}${card.continuesRight ? ' slide-card--open-right' : ''}`;
  return (
    <div
      className={`slide-card slide-card--${lane.kind}${card.mark === 'unanchored' ? ' slide-card--unanchored' : ''}${edges}`}
      style={{ gridColumn: `${card.from + 2} / span ${card.span}`, gridRow: start + card.row, '--accent': KIND_ACCENT[lane.kind] } as CSSProperties}
      data-step-id={card.stepId}
    >
      <span className="slide-card__title" style={{ ...textOf(titled ? SLIDE_TEXT.cardTitle : { ...SLIDE_TEXT.cardTitle, italic: true }) }}>
        {card.momentThatMatters && (
          <span className="slide-card__moment" aria-label="Moment that matters">
            ★{' '}
          </span>
        )}
        {titled ? card.title : 'Untitled step'}
      </span>
      {(mark || card.painPoints > 0) && (
        <span className="slide-card__tags" style={textOf(SLIDE_TEXT.laneDetail)}>
          {mark && <span style={{ color: mark.colour }}>{mark.words}</span>}
          {card.painPoints > 0 && <span style={{ color: PALETTE.gapInk }}>{card.painPoints === 1 ? '1 pain point' : `${card.painPoints} pain points`}</span>}
        </span>
      )}
    </div>
  );
}

/**
 * Keeps the lanes inside the slide without making the type smaller: a title shows up to four
 * lines, fewer when the lanes would not fit the slide's height otherwise.
 */
function useFittedTitles(grid: RefObject<HTMLDivElement | null>, view: unknown): void {
  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    for (let lines = SLIDE_CARD_LINES; lines >= 1; lines--) {
      element.style.setProperty('--card-lines', String(lines));
      if (element.scrollHeight <= element.clientHeight + 1) break;
    }
  }, [grid, view]);
}
