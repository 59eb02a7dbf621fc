import { describe, expect, it } from 'vitest';
import { LAYOUT_DIMENSIONS as D } from '../../../../shared/layout/dimensions';
import { EMOTION_BAND_PADDING, emotionAtY, emotionBandAt, emotionPointAt, emotionY, withEmotion } from '../../../../shared/layout/emotionCurve';
import { cellAt } from '../../../../shared/layout/hitTest';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import { dropSpots, snapMove } from '../../../../shared/layout/snapping';
import type { JourneyMap, Lane, Step } from '../../../../shared/model/journeyMap';

const lane = (id: string, kind: Lane['kind'], extra: Partial<Lane> = {}): Lane => ({ id, kind, title: `Lane ${id}`, ...extra });
const step = (id: string, laneId: string, column: number, emotion?: number, span = 1): Step => ({ id, laneId, title: `Step ${id}`, column, span, ...(emotion === undefined ? {} : { emotion }) });

// A customer who is calm, then distressed twice, with one step nobody judged; claims covers column 1.
const map: JourneyMap = {
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [lane('cust', 'journey', { showEmotionCurve: true }), lane('quiet', 'journey'), lane('claims', 'process', { showEmotionCurve: true } as Partial<Lane>)],
  steps: [step('s1', 'cust', 0, 1), step('s2', 'cust', 1, -2), step('s3', 'cust', 2), step('s4', 'cust', 3, -2, 2), step('q1', 'quiet', 0, 2), step('p1', 'claims', 1)],
};
const layout = layoutMap(map);
const laneOf = (id: string) => layout.lanes.find((band) => band.laneId === id)!;
const boxOf = (id: string) => layout.steps.find((box) => box.stepId === id)!;
const [curve] = layout.emotionCurves;

describe('the emotion band of a journey lane', () => {
  it('is laid out only for journey lanes that show it, and grows the lane by its height under the cards and the gap labels', () => {
    expect(layout.emotionCurves.map((c) => c.laneId)).toEqual(['cust']);
    const cust = laneOf('cust');
    const cardsHeight = D.stepInset + D.stepHeight + D.stepInset + D.gapLabelHeight;
    expect(cust.height).toBe(cardsHeight + D.emotionBandHeight);
    expect(laneOf('quiet').height).toBe(cardsHeight);
    expect(curve!.band).toEqual({ x: cust.body.x, y: cust.y + cardsHeight, width: cust.body.width, height: D.emotionBandHeight });
    expect(laneOf('quiet').y).toBe(cust.y + cust.height);
  });

  it('keeps the gap tint and labels above the band, next to the cards they name', () => {
    const gap = layout.gaps.find((g) => g.laneId === 'cust' && g.stepIds.includes('s3'))!;
    expect(gap.band.y + gap.band.height).toBe(curve!.band.y);
    expect(gap.labelBox.y + gap.labelBox.height).toBe(curve!.band.y);
    expect(gap.labelBox.y).toBeGreaterThanOrEqual(boxOf('s3').y + boxOf('s3').height);
  });

  it('gives every step a point at its card centre, in column order, and an emotion at its height: +2 on top, −2 at the bottom', () => {
    expect(curve!.points.map((p) => [p.stepId, p.emotion])).toEqual([
      ['s1', 1],
      ['s2', -2],
      ['s3', null],
      ['s4', -2],
    ]);
    const s4 = boxOf('s4');
    expect(curve!.points[3]!.x).toBe(s4.x + s4.width / 2);
    const { band } = curve!;
    expect(emotionY(band, 2)).toBe(band.y + EMOTION_BAND_PADDING);
    expect(emotionY(band, -2)).toBe(band.y + band.height - EMOTION_BAND_PADDING);
    expect(emotionY(band, 0)).toBe(band.y + band.height / 2);
    expect(curve!.points[0]!.y).toBe(emotionY(band, 1));
  });

  it('puts a step without an emotion on the 0 line as a handle, and draws the curve through the recorded steps only', () => {
    const s3 = curve!.points[2]!;
    expect(s3.y).toBe(emotionY(curve!.band, 0));
    const recorded = curve!.points.filter((p) => p.emotion !== null);
    expect(curve!.path.startsWith(`M${recorded[0]!.x},${recorded[0]!.y}`)).toBe(true);
    expect(curve!.path.match(/C/g)).toHaveLength(recorded.length - 1);
    expect(curve!.path.endsWith(`${recorded.at(-1)!.x},${recorded.at(-1)!.y}`)).toBe(true);
  });

  it('marks every step with the lowest recorded emotion, and none when nothing is recorded', () => {
    expect(curve!.lowest).toEqual(['s2', 's4']);
    const none = withEmotion(withEmotion(withEmotion(curve!, 's1', null), 's2', null), 's4', null);
    expect(none.lowest).toEqual([]);
    expect(none.path).toBe('');
    expect(withEmotion(curve!, 's3', -2).lowest).toEqual(['s2', 's3', 's4']);
  });

  it('snaps a y in the band to the nearest whole emotion, clamped to −2…+2', () => {
    const { band } = curve!;
    for (const emotion of [-2, -1, 0, 1, 2]) expect(emotionAtY(band, emotionY(band, emotion) + 4)).toBe(emotion);
    expect(emotionAtY(band, band.y - 100)).toBe(2);
    expect(emotionAtY(band, band.y + band.height + 100)).toBe(-2);
  });

  it('finds the nearest point within reach, and the band under a point', () => {
    const s2 = curve!.points[1]!;
    expect(emotionPointAt(layout, { x: s2.x + 3, y: s2.y - 4 }, 10)?.point.stepId).toBe('s2');
    expect(emotionPointAt(layout, { x: s2.x + 30, y: s2.y }, 10)).toBeNull();
    expect(emotionBandAt(layout, { x: s2.x, y: curve!.band.y + 1 })?.laneId).toBe('cust');
    expect(emotionBandAt(layout, { x: s2.x, y: curve!.band.y - 1 })).toBeNull();
  });
});

describe('cards dropped on the emotion band', () => {
  it('land in the lane’s card row, never in the band', () => {
    const onBand = { x: boxOf('s3').x + 10, y: curve!.band.y + curve!.band.height / 2 };
    expect(cellAt(layout, onBand)).toEqual({ laneId: 'cust', column: 2 });
    const p1 = boxOf('p1');
    const snap = snapMove(layout, [p1], 'claims', 0, onBand.y);
    expect(layout.lanes[layout.lanes.findIndex((l) => l.laneId === 'claims') + snap.laneDelta]!.laneId).toBe('cust');
    const [spot] = dropSpots(layout, [p1], snap);
    expect(spot).toMatchObject({ laneId: 'cust', y: laneOf('cust').y + D.stepInset });
    expect(spot!.y + spot!.height).toBeLessThanOrEqual(curve!.band.y);
  });
});
