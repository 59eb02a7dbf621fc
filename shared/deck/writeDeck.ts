import type PptxGenJS from 'pptxgenjs';
import { DECK_FONT, DECK_LINE } from './deckText';
import type { Deck, DeckPath, DeckRect, DeckShape, DeckText } from './deckShapes';

/** Points to the inches pptxgenjs places shapes in. */
const inches = (points: number): number => points / 72;
const colour = (hex: string): string => hex.replace(/^#/, '').toUpperCase();
// pptxgenjs writes free-form shapes (custGeom) but its types leave the name out of SHAPE_NAME.
const FREEFORM = 'custGeom' as unknown as PptxGenJS.SHAPE_NAME;

/**
 * Writes a deck into a fresh pptxgenjs presentation, which the caller creates (in Node for the
 * command line, in the page for the app) so that this stays free of either: 16:9, Inter as the
 * theme's face, each shape native and each text a text box. The caller then writes the file.
 */
export function writeDeck(deck: Deck, pptx: PptxGenJS): void {
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = 'Customer journey report';
  pptx.company = deck.company ?? '';
  pptx.author = deck.author ?? 'Outside-In';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  for (const spec of deck.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    for (const shape of spec.shapes) addShape(slide, shape);
    if (spec.notes !== undefined) slide.addNotes(spec.notes);
  }
}

function addShape(slide: PptxGenJS.Slide, shape: DeckShape): void {
  const box = { x: inches(shape.x), y: inches(shape.y), w: inches(Math.max(shape.w, 0.5)), h: inches(Math.max(shape.h, 0.5)) };
  if (shape.kind === 'text') slide.addText(runsOf(shape), { ...box, ...textOptions(shape) });
  else if (shape.kind === 'rect') slide.addShape(shape.radius ? 'roundRect' : 'rect', { ...box, ...rectOptions(shape) });
  else if (shape.kind === 'ellipse') {
    slide.addShape('ellipse', { ...box, fill: { color: colour(shape.fill) }, line: shape.line ? { color: colour(shape.line), width: shape.lineWidth ?? 1 } : { type: 'none' } });
  } else slide.addShape(FREEFORM, { ...box, ...pathOptions(shape) });
}

function textOptions(text: DeckText): PptxGenJS.TextPropsOptions {
  return {
    fontFace: DECK_FONT,
    fontSize: text.size,
    bold: text.bold ?? false,
    color: colour(text.colour),
    align: text.align ?? 'left',
    valign: text.valign ?? 'top',
    margin: 0,
    // Exactly the lines the layout counted on: a multiple would be of the face's own line height, which is taller.
    lineSpacing: text.size * DECK_LINE,
    wrap: true,
    fit: 'none',
    ...(text.rotate ? { rotate: text.rotate } : {}),
  };
}

function runsOf(text: DeckText): PptxGenJS.TextProps[] {
  return text.runs.map((run, index) => {
    const next = text.runs[index + 1];
    return {
      text: run.text,
      options: {
        ...(run.size !== undefined ? { fontSize: run.size } : {}),
        ...(run.bold !== undefined ? { bold: run.bold } : {}),
        ...(run.colour !== undefined ? { color: colour(run.colour) } : {}),
        ...(next?.paragraph ? { breakLine: true } : {}),
      },
    };
  });
}

function rectOptions(rect: DeckRect): PptxGenJS.ShapeProps {
  return {
    fill: rect.fill ? { color: colour(rect.fill), transparency: rect.transparency ?? 0 } : { type: 'none' },
    line: rect.line ? { color: colour(rect.line), width: rect.lineWidth ?? 0.75, ...(rect.dashed ? { dashType: 'dash' as const } : {}) } : { type: 'none' },
    ...(rect.radius ? { rectRadius: inches(rect.radius) } : {}),
  };
}

function pathOptions(path: DeckPath): PptxGenJS.ShapeProps {
  return {
    fill: { type: 'none' },
    line: { color: colour(path.line), width: path.lineWidth, transparency: path.transparency ?? 0 },
    points: path.points.map((point) =>
      point.curve
        ? { x: inches(point.x), y: inches(point.y), curve: { type: 'cubic' as const, x1: inches(point.curve.x1), y1: inches(point.curve.y1), x2: inches(point.curve.x2), y2: inches(point.curve.y2) } }
        : { x: inches(point.x), y: inches(point.y), ...(point.move ? { moveTo: true } : {}) },
    ),
  };
}
