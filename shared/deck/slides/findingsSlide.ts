import type { KeyFinding } from '../../report/findings/keyFinding';
import { PALETTE } from '../../style/palette';
import type { DeckShape, DeckSlide } from '../deckShapes';
import { deckLines, linesHeight } from '../deckText';
import { BODY, DECK_TYPE, framedSlide, linesRuns, textBox, type SlideFooter } from './slideFrame';

const MARGIN_COLUMN = 210;
const GAP = 10;
/** The margin's label and figure need this much height, whatever the sentence's length. */
const MARGIN_HEIGHT = 52;

/**
 * The key findings, one a row: the label and its figure in the margin, the finding's sentence
 * beside them at body size. Findings that no longer fit are counted in a last line that sends the
 * reader to the report, where each has its details; the notes give them all, details included.
 */
export function findingsSlide(findings: readonly KeyFinding[], footer: SlideFooter): DeckSlide {
  const width = BODY.w - MARGIN_COLUMN;
  const rows = findings.map((finding) => ({ finding, lines: deckLines(finding.headline, width, DECK_TYPE.body, 3) }));
  const heightOf = (lines: number): number => Math.max(linesHeight(lines, DECK_TYPE.body), MARGIN_HEIGHT) + GAP;
  const shapes: DeckShape[] = [];
  let y = BODY.y;
  let shown = 0;
  for (const { finding, lines } of rows) {
    const room = BODY.y + BODY.h - (shown < rows.length - 1 ? 28 : 0);
    if (y + heightOf(lines.length) > room) break;
    const figureColour = finding.topic === 'gap' || finding.topic === 'moments' ? PALETTE.gapInk : PALETTE.selection;
    shapes.push(
      { kind: 'rect', x: BODY.x, y, w: BODY.w, h: 0.75, fill: PALETTE.laneDivider },
      textBox(BODY.x, y + 7, MARGIN_COLUMN - 12, 18, deckLines(finding.label.toUpperCase(), MARGIN_COLUMN - 12, 12, 1, true)[0] ?? '', 12, { bold: true, colour: PALETTE.mutedInk }),
      textBox(BODY.x + MARGIN_COLUMN, y + 7, width, linesHeight(lines.length, DECK_TYPE.body) + 4, linesRuns(lines), DECK_TYPE.body),
    );
    if (finding.figure !== undefined) shapes.push(textBox(BODY.x, y + 24, MARGIN_COLUMN - 12, 28, finding.figure, 22, { bold: true, colour: figureColour }));
    y += heightOf(lines.length);
    shown++;
  }
  if (shown < rows.length) {
    const rest = rows.length - shown;
    shapes.push(textBox(BODY.x, y + 4, BODY.w, 24, `${rest === 1 ? 'One more finding is' : `${rest} more findings are`} in the report, with the details of each.`, DECK_TYPE.body, { colour: PALETTE.mutedInk }));
  }
  // The speaker's notes hold every finding with what backs it: who is there, why a gap weighs.
  const notes = findings.map((finding) => [`${finding.label}${finding.figure !== undefined ? ` (${finding.figure})` : ''}: ${finding.headline}`, ...finding.details].join(' ')).join('\n\n');
  return { ...framedSlide('findings', { kicker: 'Key findings', heading: 'What the map shows' }, shapes, footer), notes };
}
