import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { LAYOUT_DIMENSIONS as D } from '../../../../shared/layout/dimensions';
import { columnMarks, layoutMap } from '../../../../shared/layout/layoutMap';
import type { JourneyMap, Lane, Step } from '../../../../shared/model/journeyMap';

const lane = (id: string, kind: Lane['kind']): Lane => ({ id, kind, title: `Lane ${id}` });
const step = (id: string, laneId: string, column: number, span = 1): Step => ({ id, laneId, title: `Step ${id}`, column, span });
const mapOf = (lanes: Lane[], steps: Step[], stages: JourneyMap['stages'] = []): JourneyMap => ({ id: 'm', title: 'Map', lanes, steps, stages });

function loadExample(name: string): JourneyMap {
  const result = parse(readFileSync(new URL(`../../../fixtures/examples/${name}.journey`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

describe('layoutMap', () => {
  it('lays an empty map out as just the header column and the axis', () => {
    const layout = layoutMap(mapOf([], []));
    expect(layout).toMatchObject({ columnCount: 0, width: D.laneHeaderWidth, height: D.columnAxisHeight, lanes: [], steps: [], gaps: [] });
    expect(layout.stageRow.height).toBe(0);
  });

  it('still shows the minimum number of columns for a map without steps', () => {
    const layout = layoutMap(mapOf([lane('j', 'journey')], []), undefined, { minColumns: 4 });
    expect(layout.columnCount).toBe(4);
    expect(columnMarks(layout, 0, 100).map((c) => c.label)).toEqual(['1', '2', '3', '4']);
    expect(layout.lanes[0]!.width).toBe(D.laneHeaderWidth + 4 * D.columnWidth);
  });

  it("names a journey lane's persona and a process lane's owner in its header, nothing when blank or of another kind", () => {
    const map: JourneyMap = {
      ...mapOf(
        [
          { ...lane('j1', 'journey'), personaId: 'ana' },
          { ...lane('j2', 'journey'), personaId: 'blank' },
          { ...lane('c1', 'context'), owner: 'Nobody' },
          { ...lane('p1', 'process'), owner: 'Head of claims' },
          { ...lane('p2', 'process'), owner: ' ' },
        ],
        [],
      ),
      personas: [
        { id: 'ana', name: 'Ana, 34' },
        { id: 'blank', name: '' },
      ],
    };
    expect(layoutMap(map).lanes.map((band) => [band.laneId, band.detail])).toEqual([
      ['j1', 'Ana, 34'],
      ['j2', null],
      ['c1', null],
      ['p1', 'Head of claims'],
      ['p2', null],
    ]);
  });

  it('puts journey lanes on top, then context, then process, keeping file order within a kind', () => {
    const layout = layoutMap(
      mapOf([lane('p1', 'process'), lane('c1', 'context'), lane('j1', 'journey'), lane('p2', 'process'), lane('j2', 'journey')], []),
    );
    expect(layout.lanes.map((l) => l.laneId)).toEqual(['j1', 'j2', 'c1', 'p1', 'p2']);
    for (let i = 1; i < layout.lanes.length; i++) {
      const above = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.y).toBe(above.y + above.height);
    }
  });

  it('places a step card by its column and widens it by its span, inset from the cell edges', () => {
    const layout = layoutMap(mapOf([lane('p', 'process')], [step('a', 'p', 2, 3)]));
    const card = layout.steps[0]!;
    const band = layout.lanes[0]!;
    expect(card.x).toBe(D.laneHeaderWidth + 2 * D.columnWidth + D.stepInset);
    expect(card.width).toBe(3 * D.columnWidth - 2 * D.stepInset);
    expect(card.y).toBe(band.y + D.stepInset);
    expect(card.height).toBe(D.stepHeight);
    expect(layout.columnCount).toBe(5);
  });

  it('stacks cards that share a column in one lane instead of drawing them on top of each other', () => {
    const layout = layoutMap(mapOf([lane('p', 'process')], [step('a', 'p', 0, 2), step('b', 'p', 1), step('c', 'p', 2)]));
    const rowOf = Object.fromEntries(layout.steps.map((s) => [s.stepId, s.row]));
    expect(rowOf).toEqual({ a: 0, b: 1, c: 0 });
    const [a, b] = [layout.steps.find((s) => s.stepId === 'a')!, layout.steps.find((s) => s.stepId === 'b')!];
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(layout.lanes[0]!.height).toBeGreaterThanOrEqual(b.y + b.height - layout.lanes[0]!.y);
  });

  it('places stage headers over their columns, both ends included', () => {
    const layout = layoutMap(mapOf([], [], [{ id: 's', title: 'Choose', fromColumn: 1, toColumn: 3 }]));
    expect(layout.stages).toEqual([
      { stageId: 's', title: 'Choose', x: D.laneHeaderWidth + D.columnWidth, y: 0, width: 3 * D.columnWidth, height: D.stageHeaderHeight },
    ]);
    expect(layout.axis.y).toBe(D.stageHeaderHeight);
    expect(layout.columnCount).toBe(4);
  });

  it('draws a gap over its columns in its journey lane and reaches faintly through the process lanes', () => {
    const layout = layoutMap(loadExample('home-insurance-claim'));
    const journey = layout.lanes.find((l) => l.laneId === 'cust')!;
    const firstProcess = layout.lanes.find((l) => l.kind === 'process')!;
    const lastProcess = layout.lanes.at(-1)!;
    expect(lastProcess.kind).toBe('process');

    const before = layout.gaps.find((g) => g.kind === 'before')!;
    expect(before).toMatchObject({ laneId: 'cust', stepIds: ['c1', 'c2', 'c3'], label: 'Before', detail: '3 steps' });
    expect(before.band).toEqual({ x: D.laneHeaderWidth, y: journey.y, width: 3 * D.columnWidth, height: journey.height });
    // Through the process lanes only: not over the context lane between them and the journey.
    expect(before.reach).toEqual({
      x: D.laneHeaderWidth,
      y: firstProcess.y,
      width: 3 * D.columnWidth,
      height: lastProcess.y + lastProcess.height - firstProcess.y,
    });

    const after = layout.gaps.find((g) => g.kind === 'after')!;
    expect(after.band.x).toBe(D.laneHeaderWidth + 7 * D.columnWidth);
    expect(after.label).toBe('After');
  });

  it('keeps gap labels below the cards of their lane', () => {
    const layout = layoutMap(loadExample('home-insurance-claim'));
    for (const gap of layout.gaps) {
      const cards = layout.steps.filter((s) => gap.stepIds.includes(s.stepId));
      for (const card of cards) expect(gap.labelBox.y).toBeGreaterThanOrEqual(card.y + card.height);
      const lane = layout.lanes.find((l) => l.laneId === gap.laneId)!;
      expect(gap.labelBox.y + gap.labelBox.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });

  it('names a lane that nothing covers "Not covered at all", with no reach when the map has no process lane', () => {
    const layout = layoutMap(mapOf([lane('j', 'journey')], [step('a', 'j', 0), step('b', 'j', 1)]));
    expect(layout.gaps).toHaveLength(1);
    expect(layout.gaps[0]).toMatchObject({ kind: 'entire', label: 'Not covered at all', detail: '2 steps', reach: null });
  });

  it('counts "1 step" in the singular', () => {
    const layout = layoutMap(mapOf([lane('j', 'journey'), lane('p', 'process')], [step('a', 'j', 0), step('b', 'j', 1), step('x', 'p', 1)]));
    expect(layout.gaps.map((g) => [g.kind, g.detail])).toEqual([['before', '1 step']]);
  });
});
