import { useMemo, type CSSProperties } from 'react';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { overviewView, type OverviewLane } from '../../shared/presentation/overviewView';
import { SLIDE_FRAME, SLIDE_TEXT } from '../../shared/presentation/slideStyle';
import { coveredLabel } from '../../shared/presentation/slideWords';
import { GAP_STYLE } from '../../shared/layout/gapStyle';
import { formatCoverage } from '../../shared/words/figureWords';
import { gapKindLabel } from '../../shared/words/gapKindWords';
import { PALETTE } from '../../shared/style/palette';
import { SlideHeader } from './SlideHeader';
import { textOf, u } from './slideUnits';
import './overviewSlide.css';

const GAP = GAP_STYLE.screen;
/** A stretch of the strip is labelled when it is at least this wide, in frame pixels. */
const LABELLED_RUN = 96;
/** The strips' width in frame pixels: the frame less its margins. */
const STRIP_WIDTH = SLIDE_FRAME.width - 80;

/**
 * The whole journey at a glance: each stage over its columns with its coverage, each journey lane
 * as a strip of covered stretches and gaps, and, for a journey short enough to read, its steps by
 * name. A strip is drawn in stretches, not steps, so a journey of a thousand steps costs a few dozen.
 */
export function OverviewSlide({ map, analysis, heading }: { readonly map: JourneyMap; readonly analysis: CoverageAnalysis; readonly heading: string }) {
  const view = useMemo(() => overviewView(map, analysis), [map, analysis]);
  const steps = view.lanes.reduce((sum, lane) => sum + lane.steps, 0);
  const covered = view.lanes.reduce((sum, lane) => sum + lane.covered, 0);
  const persona = view.lanes.length === 1 ? view.lanes[0]!.detail : null;
  const figure = steps > 0 ? `${coveredLabel(covered, steps)} (${formatCoverage(covered / steps)})` : null;
  const columnWidth = STRIP_WIDTH / Math.max(1, view.columns);
  const named = view.lanes.length > 1;
  // Per lane: its name (or a little air), its strip, its steps by name.
  const rows = ['auto', ...view.lanes.map(() => `${named ? 'auto' : u(14)} ${u(44)} auto`)].join(' ');
  // Where one stage ends and the next begins, the strips part a little, as the stage headers do.
  const boundaries = new Set([0, view.columns, ...view.stages.flatMap((stage) => [stage.from, stage.from + stage.span])]);
  return (
    <div className="slide slide--overview">
      <SlideHeader kicker={persona ? `Overview · ${persona}’s journey` : 'Overview'} heading={heading} figure={figure} />
      {view.columns === 0 ? (
        <p className="slide__empty" style={textOf(SLIDE_TEXT.subheading)}>
          {view.lanes.length === 0 ? 'No journey lane yet: the customer’s steps come first.' : 'No journey steps yet.'}
        </p>
      ) : (
        <div className="overview-grid" style={{ gridTemplateColumns: `repeat(${view.columns}, minmax(0, 1fr))`, gridTemplateRows: rows }}>
          {view.stages
            .filter((stage) => stage.span > 0)
            .map((stage) => (
              <div key={stage.stageId} className="overview-stage" style={{ gridColumn: `${stage.from + 1} / span ${stage.span}`, gridRow: 1 }}>
                <span className="overview-stage__title" style={textOf(SLIDE_TEXT.laneTitle)}>
                  {stage.title.trim() || 'Untitled stage'}
                </span>
                <span className="overview-stage__figure" style={textOf(SLIDE_TEXT.laneDetail)}>
                  {coveredLabel(stage.covered, stage.steps)}
                </span>
              </div>
            ))}
          {view.lanes.map((lane, index) => (
            <LaneStrip key={lane.laneId} lane={lane} row={2 + index * 3} named={named} columnWidth={columnWidth} boundaries={boundaries} />
          ))}
        </div>
      )}
      <p className="overview-legend" style={textOf(SLIDE_TEXT.laneDetail)}>
        <span className="overview-legend__swatch overview-legend__swatch--covered" style={{ background: PALETTE.covered }} /> The organisation is there
        <span className="overview-legend__swatch overview-legend__swatch--gap" style={{ '--gap': GAP.colour } as CSSProperties} /> A gap: the customer is on their own
      </p>
    </div>
  );
}

interface LaneStripProps {
  readonly lane: OverviewLane;
  readonly row: number;
  readonly named: boolean;
  /** How wide one of the overview's columns is, in frame pixels. */
  readonly columnWidth: number;
  /** The columns where a stage begins or ends. */
  readonly boundaries: ReadonlySet<number>;
}

function LaneStrip({ lane, row, named, columnWidth, boundaries }: LaneStripProps) {
  return (
    <>
      {named && (
        <span className="overview-lane__title" style={{ ...textOf(SLIDE_TEXT.laneDetail), gridColumn: '1 / -1', gridRow: row }}>
          {lane.title}
        </span>
      )}
      {lane.runs.map((run) => {
        const wide = run.span * columnWidth >= LABELLED_RUN;
        return (
          <div
            key={run.from}
            className={`overview-run overview-run--${run.state}${wide ? ' overview-run--wide' : ''}`}
            style={
              {
                gridColumn: `${run.from + 1} / span ${run.span}`,
                gridRow: row + 1,
                marginLeft: boundaries.has(run.from) ? u(6) : 0,
                marginRight: boundaries.has(run.from + run.span) ? u(6) : 0,
                '--gap': GAP.colour,
                '--covered': PALETTE.covered,
              } as CSSProperties
            }
          >
            {wide && run.state !== 'empty' && (
              <span className="overview-run__label" style={textOf(SLIDE_TEXT.laneDetail)}>
                {run.gapKind ? gapKindLabel(run.gapKind) : 'Covered'}
              </span>
            )}
          </div>
        );
      })}
      {lane.cards?.map((card) => (
        <div key={card.stepId} className={`overview-step${card.covered ? '' : ' overview-step--gap'}`} style={{ gridColumn: `${card.from + 1} / span ${card.span}`, gridRow: row + 2 }}>
          <span className="overview-step__title" style={{ fontSize: u(SLIDE_TEXT.overviewStep.size) }}>
            {card.title.trim() || 'Untitled step'}
          </span>
        </div>
      ))}
    </>
  );
}
