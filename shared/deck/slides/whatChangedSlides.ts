import type { GapChangeRow, LaneChangeRow, StepChangeRow, WhatChangedContent } from '../../report/sections/whatChangedSection';
import { PALETTE } from '../../style/palette';
import type { DeckShape, DeckSlide } from '../deckShapes';
import { deckLines, deckTextWidth, linesHeight } from '../deckText';
import { gapChangeMark, MARK_SIZE, stepChangeMark } from '../changeMarks';
import { BODY, DECK_TYPE, framedSlide, linesRuns, textBox, type SlideFooter } from './slideFrame';

/** One What changed slide's body, laid out before the deck knows its slides' numbers, and what its notes say. */
export interface WhatChangedPage {
  readonly shapes: readonly DeckShape[];
  readonly notes: string;
}

/** A piece of the slides that is never split: its height, its shapes at a top, and its words for the notes. */
interface Block {
  readonly height: number;
  readonly draw: (y: number) => DeckShape[];
  readonly notes: string;
}

/** A lane's gaps or the changed steps: a head (repeated, "continued", on the next slide) over rows. */
interface Group {
  readonly head: (continued: boolean) => Block;
  readonly rows: readonly Block[];
}

const LINE = linesHeight(1, DECK_TYPE.body);
/** Room above and below a row's text. */
const PAD = 12;
/** Room before a group that does not start a slide. */
const GROUP_GAP = 18;
const TITLE = 26;
const LABELS = 22;
const BOTTOM = BODY.y + BODY.h;
const MARK_COLUMN = MARK_SIZE + 10;
const GAP_COLUMNS = { change: 130, kind: 190, severity: 140 } as const;
const STEP_COLUMNS = { change: 110, lane: 180, detail: 250 } as const;

/** The side with the gap, or both when it is on each side and of another kind: "Before", "Between → Before". */
function kindWords(row: GapChangeRow): string {
  if (row.kindBefore === '—' || row.kindBefore === row.kindAfter) return row.kindAfter;
  if (row.kindAfter === '—') return row.kindBefore;
  return `${row.kindBefore} → ${row.kindAfter}`;
}

/** A column's label: its words, where it starts, how wide it is, and whether its cells are set to the right. */
type Label = readonly [string, number, number, 'right'?];

/** A group's title at lead size with words at its right (a figure, or quieter words at body size), over its columns' labels and a rule. */
function head(title: string, right: { readonly text: string; readonly figure: boolean }, labels: readonly Label[], notes: string): Block {
  // The title takes what it needs, up to three fifths of the width; the words at the right the rest.
  const titleWidth = Math.min(deckTextWidth(title, DECK_TYPE.lead, true) / 0.97 + 4, BODY.w * 0.6);
  const rightWidth = BODY.w - titleWidth - 16;
  const rightSize = right.figure ? DECK_TYPE.lead : DECK_TYPE.body;
  return {
    height: TITLE + 6 + LABELS,
    notes,
    draw: (y) => [
      textBox(BODY.x, y, titleWidth, TITLE, deckLines(title, titleWidth, DECK_TYPE.lead, 1, true)[0] ?? '', DECK_TYPE.lead, { bold: true }),
      textBox(BODY.x + BODY.w - rightWidth, y, rightWidth, TITLE, deckLines(right.text, rightWidth, rightSize, 1, right.figure)[0] ?? '', rightSize, {
        bold: right.figure,
        colour: right.figure ? PALETTE.selection : PALETTE.mutedInk,
        align: 'right',
        valign: 'bottom',
      }),
      ...labels.map(([text, x, w, align]) => textBox(align === 'right' ? x + 12 : x, y + TITLE + 8, w - 12, 16, text.toUpperCase(), 12, { bold: true, colour: PALETTE.mutedInk, align: align ?? 'left' })),
      { kind: 'rect', x: BODY.x, y: y + TITLE + 6 + LABELS - 1, w: BODY.w, h: 1, fill: PALETTE.ink },
    ],
  };
}

/** A row of cells, each at most `lines` lines of body text, a mark in the first column, a fine rule below. */
function row(mark: (x: number, y: number) => DeckShape[], cells: readonly { readonly text: string; readonly x: number; readonly w: number; readonly lines: number; readonly bold?: boolean; readonly right?: boolean }[], notes: string): Block {
  // An empty cell (a step without a place to tell) gets no box: an empty text box is only a stray frame to click.
  const set = cells.map((cell) => ({ ...cell, set: deckLines(cell.text, cell.w - 12, DECK_TYPE.body, cell.lines, cell.bold) })).filter((cell) => cell.set.length > 0);
  const height = Math.max(...set.map((cell) => cell.set.length), 1) * LINE + PAD;
  return {
    height,
    notes,
    draw: (y) => [
      ...mark(BODY.x, y + PAD / 2 + (LINE - MARK_SIZE) / 2),
      ...set.map((cell) =>
        textBox(cell.x, y + PAD / 2, cell.w - 12, linesHeight(cell.set.length, DECK_TYPE.body) + 2, linesRuns(cell.set), DECK_TYPE.body, {
          ...(cell.bold ? { bold: true } : {}),
          ...(cell.right ? { align: 'right' as const, x: cell.x + 12 } : {}),
        }),
      ),
      { kind: 'rect', x: BODY.x, y: y + height - 0.5, w: BODY.w, h: 0.5, fill: PALETTE.gridLine },
    ],
  };
}

/** A row of one sentence, for a group with nothing in it. */
function sentence(text: string): Block {
  return { height: LINE + PAD, notes: text, draw: (y) => [textBox(BODY.x, y + PAD / 2, BODY.w, LINE + 2, text, DECK_TYPE.body, { colour: PALETTE.mutedInk })] };
}

function laneGroup(lane: LaneChangeRow): Group {
  const x = { change: BODY.x + MARK_COLUMN, kind: BODY.x + MARK_COLUMN + GAP_COLUMNS.change, steps: BODY.x + MARK_COLUMN + GAP_COLUMNS.change + GAP_COLUMNS.kind };
  const stepsWidth = BODY.w - MARK_COLUMN - GAP_COLUMNS.change - GAP_COLUMNS.kind - GAP_COLUMNS.severity;
  const severityX = BODY.x + BODY.w - GAP_COLUMNS.severity;
  const coverage = `Coverage ${lane.coverageBefore} → ${lane.coverageAfter}`;
  const labels = [
    ['Gap', x.change, GAP_COLUMNS.change],
    ['Kind', x.kind, GAP_COLUMNS.kind],
    ['Steps', x.steps, stepsWidth],
    ['Severity', severityX, GAP_COLUMNS.severity, 'right'],
  ] as const satisfies readonly Label[];
  const rows = lane.gaps.map((gap) =>
    row(
      (mx, my) => gapChangeMark(gap.mark, mx, my),
      [
        { text: gap.change, x: x.change, w: GAP_COLUMNS.change, lines: 2, bold: true },
        { text: kindWords(gap), x: x.kind, w: GAP_COLUMNS.kind, lines: 2 },
        { text: gap.steps, x: x.steps, w: stepsWidth, lines: 3 },
        { text: `${gap.severityBefore} → ${gap.severityAfter}`, x: severityX, w: GAP_COLUMNS.severity, lines: 1, bold: true, right: true },
      ],
      `${gap.change}: ${kindWords(gap)}, ${gap.steps}; severity ${gap.severityBefore} → ${gap.severityAfter}.`,
    ),
  );
  return {
    head: (continued) => head(continued ? `${lane.title} (continued)` : lane.title, { text: coverage, figure: true }, labels, continued ? '' : `${lane.title}: ${coverage.toLowerCase()}.`),
    rows: rows.length > 0 ? rows : [sentence('No gap closed, opened or changed.')],
  };
}

function stepsGroup(steps: readonly StepChangeRow[]): Group {
  const x = { change: BODY.x + MARK_COLUMN, title: BODY.x + MARK_COLUMN + STEP_COLUMNS.change };
  const titleWidth = BODY.w - MARK_COLUMN - STEP_COLUMNS.change - STEP_COLUMNS.lane - STEP_COLUMNS.detail;
  const laneX = x.title + titleWidth;
  const detailX = laneX + STEP_COLUMNS.lane;
  const labels = [
    ['Change', x.change, STEP_COLUMNS.change],
    ['Step', x.title, titleWidth],
    ['Lane', laneX, STEP_COLUMNS.lane],
    ['Where, what', detailX, STEP_COLUMNS.detail],
  ] as const satisfies readonly Label[];
  const count = (kind: StepChangeRow['kind']): number => steps.filter((step) => step.kind === kind).length;
  const summary = (['added', 'removed', 'moved', 'changed'] as const)
    .filter((kind) => count(kind) > 0)
    .map((kind) => `${count(kind)} ${kind}`)
    .join(' · ');
  const rows = steps.map((step) =>
    row(
      (mx, my) => stepChangeMark(step.kind, mx, my),
      [
        { text: step.change, x: x.change, w: STEP_COLUMNS.change, lines: 1, bold: true },
        { text: step.title, x: x.title, w: titleWidth, lines: 3 },
        { text: step.lane, x: laneX, w: STEP_COLUMNS.lane, lines: 2 },
        { text: step.detail, x: detailX, w: STEP_COLUMNS.detail, lines: 2 },
      ],
      `${step.change}: “${step.title}” (${step.lane}${step.detail ? `, ${step.detail}` : ''}).`,
    ),
  );
  return {
    head: (continued) => head(`The steps that changed${continued ? ' (continued)' : ''}`, { text: summary, figure: false }, labels, continued ? '' : `The steps that changed${summary ? `: ${summary.replaceAll(' · ', ', ')}` : ''}.`),
    rows: rows.length > 0 ? rows : [sentence('No step was added, removed, moved or changed.')],
  };
}

/**
 * What changed between the two maps of a compare, on as many slides as it takes at body size: per
 * journey lane the coverage before → after and the gaps closed, opened and changed, then the steps
 * that changed, each marked by word and by the compare map's badge. A group that runs on to the
 * next slide takes its head along; a head never ends a slide. Each slide's notes say its rows in full.
 */
export function whatChangedPages(content: WhatChangedContent): WhatChangedPage[] {
  const groups = [...content.lanes.map(laneGroup), stepsGroup(content.steps)];
  const pages: WhatChangedPage[] = [];
  let shapes: DeckShape[] = [];
  let notes: string[] = [];
  let y = BODY.y;
  const turn = (): void => {
    pages.push({ shapes, notes: notes.join('\n') });
    shapes = [];
    notes = [];
    y = BODY.y;
  };
  const place = (block: Block): void => {
    shapes.push(...block.draw(y));
    if (block.notes) notes.push(block.notes);
    y += block.height;
  };
  for (const group of groups) {
    // A group that fits on a slide of its own is not split when it can start the next one instead.
    const whole = group.head(false).height + group.rows.reduce((sum, body) => sum + body.height, 0);
    if (y > BODY.y && y + GROUP_GAP + whole > BOTTOM && whole <= BODY.h) turn();
    let headed = false;
    group.rows.forEach((body, index) => {
      const lead = headed ? 0 : (y > BODY.y ? GROUP_GAP : 0) + group.head(index > 0).height;
      if (y + lead + body.height > BOTTOM && y > BODY.y) {
        turn();
        headed = false;
      }
      if (!headed) {
        if (y > BODY.y) y += GROUP_GAP;
        place(group.head(index > 0));
        headed = true;
      }
      place(body);
    });
  }
  turn();
  return pages;
}

/**
 * The two sides' names for the heading, each shortened only as far as the other leaves it no room:
 * a long name before never pushes the name after off the slide.
 */
export function sidesHeading(beforeName: string, afterName: string): string {
  const arrow = ' → ';
  const widthOf = (text: string): number => deckTextWidth(text, DECK_TYPE.heading, true);
  // deckLines keeps 3 % of a line free: what two pieces leave, the whole heading leaves too.
  const room = BODY.w - widthOf(arrow) / 0.97 - 8;
  const beforeWidth = widthOf(beforeName) / 0.97;
  const afterWidth = widthOf(afterName) / 0.97;
  if (beforeWidth + afterWidth <= room) return `${beforeName}${arrow}${afterName}`;
  const beforeRoom = Math.max(room / 2, room - afterWidth - 2);
  const afterRoom = room - Math.min(beforeWidth, beforeRoom);
  const fitted = (name: string, width: number): string => deckLines(name, width, DECK_TYPE.heading, 1, true)[0] ?? '';
  return `${fitted(beforeName, beforeRoom)}${arrow}${fitted(afterName, afterRoom)}`;
}

/** A What changed slide: `index` of `count`, headed with the two sides' names. */
export function whatChangedSlide(content: WhatChangedContent, page: WhatChangedPage, index: number, count: number, footer: SlideFooter): DeckSlide {
  const kicker = count > 1 ? `What changed · ${index + 1} of ${count}` : 'What changed';
  return { ...framedSlide('whatChanged', { kicker, heading: sidesHeading(content.beforeName, content.afterName) }, page.shapes, footer), notes: page.notes };
}
