import { smoothCurvePath } from '../../layout/smoothCurve';
import { EMOTION_MAX, EMOTION_MIN } from '../../model/stepDetails';
import type { EmotionCurve } from '../../report/sections/emotionSection';
import { PALETTE } from '../../style/palette';
import { emotionLabel, feelingWord } from '../../words/emotionWords';
import { quoted } from '../../words/listWords';
import type { DeckPoint, DeckShape, DeckSlide } from '../deckShapes';
import { deckLines } from '../deckText';
import { BODY, DECK_TYPE, framedSlide, hatch, linesRuns, textBox, type SlideFooter } from './slideFrame';

const SCALE = 120;
const LABELS = 52;
const LEVEL_WORDS: Readonly<Record<number, string>> = { 2: 'delighted', 0: 'neutral', [-2]: 'distressed' };
/** How many journeys share the slide; a map with more shows the first ones, and the report all. */
const CURVES = 2;

/** How the customer feels along each journey that records it: the curve from −2 to +2, the gaps hatched behind it, the lowest points marked and named (under the steps' numbers when the steps are too many to name). */
export function emotionSlide(curves: readonly EmotionCurve[], footer: SlideFooter): DeckSlide {
  const shown = curves.slice(0, CURVES);
  const shapes: DeckShape[] = [];
  if (shown.length === 0) shapes.push(textBox(BODY.x, BODY.y, BODY.w, 30, 'No emotion is recorded on the journey yet.', DECK_TYPE.body, { colour: PALETTE.mutedInk }));
  const height = BODY.h / Math.max(shown.length, 1);
  shown.forEach((curve, index) => shapes.push(...chart(curve, BODY.y + index * height, height, shown.length > 1)));
  return framedSlide('emotion', { kicker: 'Emotion', heading: 'How the customer feels' }, shapes, footer);
}

function chart(curve: EmotionCurve, top: number, height: number, titled: boolean): DeckShape[] {
  const shapes: DeckShape[] = [];
  const titleRow = titled ? 24 : 0;
  if (titled) shapes.push(textBox(BODY.x, top, BODY.w, 22, curve.laneTitle, 16, { bold: true }));
  const plotTop = top + titleRow + 8;
  const plotHeight = height - titleRow - LABELS - 20;
  const left = BODY.x + SCALE;
  const width = BODY.w - SCALE;
  const slot = width / Math.max(curve.steps.length, 1);
  const xOf = (index: number): number => slot * (index + 0.5);
  const yOf = (emotion: number): number => ((EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)) * plotHeight;
  curve.steps.forEach((step, index) => {
    if (!step.inGap) return;
    shapes.push({ kind: 'rect', x: left + slot * index, y: plotTop, w: slot, h: plotHeight, fill: PALETTE.gap, transparency: 90 }, hatch(left + slot * index, plotTop, slot, plotHeight, 10, PALETTE.gap, 60));
  });
  for (let level = EMOTION_MAX; level >= EMOTION_MIN; level--) {
    const y = plotTop + yOf(level);
    shapes.push({ kind: 'rect', x: left, y, w: width, h: level === 0 ? 1 : 0.5, fill: level === 0 ? PALETTE.mutedInk : PALETTE.gridLine });
    shapes.push(textBox(BODY.x, y - 10, SCALE - 12, 20, LEVEL_WORDS[level] ? `${LEVEL_WORDS[level]}  ${emotionLabel(level)}` : emotionLabel(level), 14, { align: 'right', colour: LEVEL_WORDS[level] ? PALETTE.mutedInk : PALETTE.faintInk }));
  }
  const path = smoothCurvePath(curve.points.map((point) => ({ x: xOf(point.index), y: yOf(point.emotion) })));
  shapes.push({ kind: 'path', x: left, y: plotTop, w: width, h: plotHeight, points: pathPoints(path), line: PALETTE.ink, lineWidth: 2.25 });
  for (const point of curve.points) {
    const r = point.lowest ? 7 : 4.5;
    shapes.push({ kind: 'ellipse', x: left + xOf(point.index) - r, y: plotTop + yOf(point.emotion) - r, w: 2 * r, h: 2 * r, fill: point.lowest ? PALETTE.gapInk : '#ffffff', line: point.lowest ? '#ffffff' : PALETTE.ink, lineWidth: 1.5 });
  }
  // Each step named under its slot when there is room for a word, numbered otherwise.
  const named = slot >= 64;
  const lowestAt = new Set(curve.points.filter((point) => point.lowest).map((point) => point.index));
  curve.steps.forEach((step, index) => {
    if (!named && index % Math.ceil(24 / slot) !== 0) return;
    const text = named ? linesRuns(deckLines(step.title, slot - 6, 12, 3, lowestAt.has(index))) : `${index + 1}`;
    shapes.push(textBox(left + slot * index + 3, plotTop + plotHeight + 6, named ? slot - 6 : Math.max(slot, 24), LABELS, text, 12, { align: 'center', bold: lowestAt.has(index), colour: lowestAt.has(index) ? PALETTE.ink : PALETTE.mutedInk }));
  });
  // Numbered steps leave room under the numbers: the lowest points are named there (a line when
  // two curves share the slide), so the low moments read without the report.
  const lowest = curve.points.filter((point) => point.lowest);
  if (!named && lowest.length > 0) {
    const words = `Lowest, ${feelingWord(lowest[0]!.emotion)}: ${lowest.map((point) => `${point.index + 1} ${quoted(point.title.trim() || 'Untitled step')}`).join(' · ')}`;
    shapes.push(textBox(left, plotTop + plotHeight + 24, width, LABELS - 16, linesRuns(deckLines(words, width, 14, titled ? 1 : 2)), 14));
  }
  return shapes;
}

/** The SVG path of `smoothCurvePath` (a move, then cubic segments) as the deck's points. */
function pathPoints(path: string): DeckPoint[] {
  const numbers = (text: string): number[] => text.split(/[ ,]+/).filter(Boolean).map(Number);
  const points: DeckPoint[] = [];
  for (const [, command = '', args = ''] of path.matchAll(/([MC])([^MC]*)/g)) {
    const values = numbers(args);
    if (command === 'M') points.push({ x: values[0]!, y: values[1]!, move: true });
    else points.push({ x: values[4]!, y: values[5]!, curve: { x1: values[0]!, y1: values[1]!, x2: values[2]!, y2: values[3]! } });
  }
  return points;
}
