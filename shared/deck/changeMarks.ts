import type { GapMarkKind } from '../layout/compareLayout';
import { GAP_LOOK, STEP_LOOK, type ChangeLook } from '../style/changeLook';
import type { StepChangeKind } from '../words/changeWords';
import type { DeckPoint, DeckShape } from './deckShapes';

/** A mark's side in points. */
export const MARK_SIZE = 20;

type Stroke = readonly (readonly [number, number])[];

// The compare map's glyphs drawn as lines on a 20-point square rather than set as characters:
// ✓, ↔ and ◆ are not in Inter, and a slide program without a face that has them shows boxes.
const GLYPHS: Readonly<Record<StepChangeKind | `gap-${GapMarkKind}`, readonly Stroke[]>> = {
  added: [
    [[10, 5], [10, 15]],
    [[5, 10], [15, 10]],
  ],
  removed: [[[5, 10], [15, 10]]],
  moved: [
    [[4, 10], [16, 10]],
    [[12, 6], [16, 10], [12, 14]],
  ],
  changed: [[[10, 4], [16, 10], [10, 16], [4, 10], [10, 4]]],
  'gap-closed': [[[5, 10.5], [8.5, 14], [15, 6]]],
  'gap-opened': [
    [[10, 4], [10, 12]],
    [[10, 15], [10, 16.5]],
  ],
  'gap-changed': [
    [[4, 10], [16, 10]],
    [[7, 7], [4, 10], [7, 13]],
    [[13, 7], [16, 10], [13, 13]],
  ],
};

/** A step change's mark at (x, y): the compare map's badge, its outline solid or dashed, its glyph as lines. */
export function stepChangeMark(kind: StepChangeKind, x: number, y: number): DeckShape[] {
  return mark(STEP_LOOK[kind], GLYPHS[kind], x, y);
}

/** A gap change's mark at (x, y): ✓ closed (dashed), ! opened, ↔ changed. */
export function gapChangeMark(kind: GapMarkKind, x: number, y: number): DeckShape[] {
  return mark(GAP_LOOK[kind], GLYPHS[`gap-${kind}`], x, y);
}

function mark(look: ChangeLook, strokes: readonly Stroke[], x: number, y: number): DeckShape[] {
  const points: DeckPoint[] = strokes.flatMap((stroke) => stroke.map(([px, py], index) => ({ x: px, y: py, ...(index === 0 ? { move: true } : {}) })));
  return [
    { kind: 'rect', x, y, w: MARK_SIZE, h: MARK_SIZE, fill: '#ffffff', line: look.stroke, lineWidth: 1.25, radius: 4, ...(look.dash ? { dashed: true } : {}) },
    { kind: 'path', x, y, w: MARK_SIZE, h: MARK_SIZE, points, line: look.stroke, lineWidth: 2 },
  ];
}
