import type { CoverageRow } from '../../report/sections/coverageSection';
import type { CoverContent } from '../../report/sections/coverSection';
import { PALETTE } from '../../style/palette';
import { DECK_SLIDE, type DeckShape, type DeckSlide } from '../deckShapes';
import { deckLines, linesHeight } from '../deckText';
import { DECK_TYPE, linesRuns, MARGIN, textBox } from './slideFrame';

const WIDTH = DECK_SLIDE.width - 2 * MARGIN;

/** The first slide: the map's title, client, date and author, and each journey's coverage in a sentence with its figure and bar. */
export function titleSlide(cover: CoverContent, coverage: readonly CoverageRow[]): DeckSlide {
  const title = deckLines(cover.title, WIDTH, DECK_TYPE.title, 3, true);
  const shapes: DeckShape[] = [
    textBox(MARGIN, 40, WIDTH, 20, 'CUSTOMER JOURNEY REPORT', DECK_TYPE.kicker, { bold: true, colour: PALETTE.selection }),
    { kind: 'rect', x: MARGIN, y: 64, w: WIDTH, h: 1, fill: PALETTE.ink },
    textBox(MARGIN, 88, WIDTH, linesHeight(title.length, DECK_TYPE.title) + 6, linesRuns(title), DECK_TYPE.title, { bold: true }),
  ];
  let y = 88 + linesHeight(title.length, DECK_TYPE.title) + 14;
  if (cover.client) {
    shapes.push(textBox(MARGIN, y, WIDTH, 32, deckLines(cover.client, WIDTH, DECK_TYPE.lead, 1)[0] ?? '', DECK_TYPE.lead, { colour: PALETTE.mutedInk }));
    y += 36;
  }
  const meta = [cover.date, cover.author, cover.personas.length > 0 ? `Persona: ${cover.personas.map((persona) => persona.name).join(', ')}` : undefined].filter((part): part is string => !!part);
  shapes.push(textBox(MARGIN, y, WIDTH, 26, deckLines(meta.join('  ·  '), WIDTH, DECK_TYPE.body, 1)[0] ?? '', DECK_TYPE.body, { colour: PALETTE.mutedInk }));
  y += 50;
  // The map's key figures, as the report's cover gives them.
  const factWidth = WIDTH / Math.max(cover.facts.length, 1);
  cover.facts.forEach((fact, index) => {
    shapes.push(
      textBox(MARGIN + index * factWidth, y, factWidth - 12, 36, `${fact.value}`, DECK_TYPE.figure, { bold: true }),
      textBox(MARGIN + index * factWidth, y + 38, factWidth - 12, 46, linesRuns(deckLines(fact.label, factWidth - 12, DECK_TYPE.body, 2)), DECK_TYPE.body, { colour: PALETTE.mutedInk }),
    );
  });

  // The journeys' coverage at the foot, one line each, as many as fit.
  const lines = coverage.filter((row) => row.coverage !== null).slice(0, 3);
  const rowHeight = 64;
  let top = DECK_SLIDE.height - 40 - lines.length * rowHeight;
  const sentenceOf = new Map(cover.headlines.map((headline) => [headline.laneId, headline.sentence]));
  for (const row of lines) {
    const ratio = row.steps === 0 ? 0 : row.covered / row.steps;
    const sentence = `${lines.length > 1 ? `${row.laneTitle}: ` : ''}${sentenceOf.get(row.laneId) ?? ''}`;
    shapes.push(
      { kind: 'rect', x: MARGIN, y: top, w: WIDTH, h: 0.75, fill: PALETTE.laneDivider },
      textBox(MARGIN, top + 10, 150, 44, row.coverage ?? '—', 36, { bold: true, colour: PALETTE.selection, valign: 'middle' }),
      textBox(MARGIN + 160, top + 10, WIDTH - 160 - 200, 44, linesRuns(deckLines(sentence, WIDTH - 360, DECK_TYPE.body, 2)), DECK_TYPE.body, { valign: 'middle' }),
      { kind: 'rect', x: MARGIN + WIDTH - 180, y: top + 27, w: 180, h: 10, fill: PALETTE.gridLine },
      { kind: 'rect', x: MARGIN + WIDTH - 180, y: top + 27, w: Math.max(180 * ratio, 0.5), h: 10, fill: PALETTE.selection },
    );
    top += rowHeight;
  }
  return { kind: 'title', shapes };
}
