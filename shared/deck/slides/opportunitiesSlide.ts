import type { OpportunityRow } from '../../report/sections/opportunitiesSection';
import { PALETTE } from '../../style/palette';
import type { DeckShape, DeckSlide } from '../deckShapes';
import { deckLines } from '../deckText';
import { BODY, DECK_TYPE, framedSlide, textBox, type SlideFooter } from './slideFrame';

const SHOWN = 5;
const ROW = 70;

/** The opportunities, those not done first: title, what each acts on, owner, status and due date; the rest are counted. */
export function opportunitiesSlide(rows: readonly OpportunityRow[], footer: SlideFooter): DeckSlide {
  const ordered = [...rows.filter((row) => row.status !== 'done'), ...rows.filter((row) => row.status === 'done')];
  const shapes: DeckShape[] = [];
  if (ordered.length === 0) shapes.push(textBox(BODY.x, BODY.y, BODY.w, 30, 'No opportunity is written down yet.', DECK_TYPE.body, { colour: PALETTE.mutedInk }));
  const statusWidth = 340;
  ordered.slice(0, SHOWN).forEach((row, index) => {
    const y = BODY.y + index * ROW;
    const width = BODY.w - statusWidth - 16;
    shapes.push(
      { kind: 'rect', x: BODY.x, y, w: BODY.w, h: 0.75, fill: PALETTE.laneDivider },
      textBox(BODY.x, y + 8, width, 26, deckLines(row.title, width, DECK_TYPE.body, 1, true)[0] ?? '', DECK_TYPE.body, { bold: true }),
      textBox(BODY.x, y + 36, width, 24, deckLines(row.target, width, 16, 1)[0] ?? '', 16, { colour: PALETTE.mutedInk }),
      textBox(BODY.x + BODY.w - statusWidth, y + 8, statusWidth, 26, deckLines(row.owner, statusWidth, DECK_TYPE.body, 1)[0] ?? '', DECK_TYPE.body, { align: 'right' }),
      textBox(BODY.x + BODY.w - statusWidth, y + 36, statusWidth, 24, deckLines(`${row.statusLabel} · due ${row.due}`, statusWidth, 16, 1, true)[0] ?? '', 16, { align: 'right', colour: row.status === 'done' ? PALETTE.mutedInk : PALETTE.selection, bold: row.status !== 'done' }),
    );
  });
  const more = ordered.length - SHOWN;
  if (more > 0) shapes.push(textBox(BODY.x, BODY.y + SHOWN * ROW + 10, BODY.w, 26, `And ${more} more in the report.`, DECK_TYPE.body, { colour: PALETTE.mutedInk }));
  const open = rows.filter((row) => row.status !== 'done').length;
  return framedSlide('opportunities', { kicker: 'Opportunities', heading: 'What the organisation could do', figure: `${open} open` }, shapes, footer);
}
