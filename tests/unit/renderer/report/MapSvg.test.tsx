import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { columnMarks, layoutMap } from '../../../../shared/layout/layoutMap';
import type { JourneyMap, Step } from '../../../../shared/model/journeyMap';
import { MIN_PRINTED_TEXT_PT, PX_PER_PT } from '../../../../shared/report/pageGeometry';
import { tileMap, type MapTile } from '../../../../shared/report/tileMap';
import { hatchPath } from '../../../../shared/layout/hatchPath';
import { MAP_MIN_SCALE, MapSvg, SMALLEST_MAP_FONT_PX } from '../../../../renderer/report/MapSvg';
import { examples, loaded } from '../../support/fixtures';
import { findAll, hasClass, parseXml, textOf, type XmlElement } from '../../support/xmlTree';

const exampleMaps = examples().map(({ name, journey }) => ({ name, map: loaded(parse(journey)) }));

function painted(map: JourneyMap, tile?: MapTile): XmlElement {
  const layout = layoutMap(map);
  return parseXml(renderToStaticMarkup(<MapSvg layout={layout} map={map} {...(tile ? { tile, idPrefix: 'tile' } : {})} />));
}

const byClass = (root: XmlElement, name: string): XmlElement[] => findAll(root, (element) => hasClass(element, name));
const texts = (root: XmlElement): string[] => findAll(root, (element) => element.name === 'text').map(textOf);
const stepCard = (root: XmlElement, stepId: string): XmlElement | undefined => byClass(root, 'map-step').find((card) => card.attributes['data-step-id'] === stepId);

const lane = (id: string, kind: 'journey' | 'process' | 'context', title = `Lane ${id}`) => ({ id, kind, title });
const step = (id: string, laneId: string, column: number, extra: Partial<Step> = {}): Step => ({ id, laneId, title: `Step ${id}`, column, span: 1, ...extra });

describe('MapSvg', () => {
  it.each(exampleMaps)('paints each step of $name with exactly one <text>, its title', ({ map }) => {
    const svg = painted(map);
    const cards = byClass(svg, 'map-step');
    expect(cards).toHaveLength(map.steps.length);
    for (const card of cards) {
      const step = map.steps.find((candidate) => candidate.id === card.attributes['data-step-id'])!;
      const tagTexts = new Set(byClass(card, 'map-tag').flatMap((tag) => findAll(tag, (element) => element.name === 'text')));
      const titleTexts = findAll(card, (element) => element.name === 'text' && !tagTexts.has(element));
      expect(titleTexts).toHaveLength(1);
      // Wrapped lines are <tspan>s of that one text; together they are the title, or its start and "…".
      const shown = findAll(titleTexts[0]!, (element) => element.name === 'tspan').map(textOf).join(' ');
      const title = step.title.replace(/\s+/g, ' ').trim();
      if (shown.endsWith('…')) expect(title.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
      else expect(shown).toBe(title);
    }
  });

  it.each(exampleMaps)('is a well-formed SVG root of $name with a viewBox, its size in layout units and a label', ({ map }) => {
    const svg = painted(map);
    const layout = layoutMap(map);
    expect(svg.name).toBe('svg');
    expect(svg.attributes).toMatchObject({
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'map-svg',
      role: 'img',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: String(layout.width),
      height: String(layout.height),
    });
    expect(svg.attributes['aria-label']).toContain(map.title);
  });

  it('hatches gap bands with diagonal lines as well as tinting them, and labels each gap', () => {
    const map: JourneyMap = {
      id: 'm',
      title: 'Gaps',
      stages: [],
      lanes: [lane('j', 'journey'), lane('p', 'process')],
      steps: [step('a', 'j', 0), step('b', 'j', 1), step('c', 'j', 2), step('x', 'p', 2)],
    };
    const svg = painted(map);
    // Lines, not a <pattern>: Chromium prints each use of a pattern on its own, slowly.
    expect(findAll(svg, (element) => element.name === 'pattern')).toHaveLength(0);
    const gap = byClass(svg, 'map-gap')[0]!;
    expect(gap.attributes['data-gap-kind']).toBe('before');
    const band = layoutMap(map).gaps[0]!.band;
    const [reachHatch, hatch] = byClass(gap, 'map-hatch');
    expect(hatch?.attributes['d']).toBe(hatchPath(band, 10));
    expect(reachHatch?.attributes['d']).toBe(hatchPath(layoutMap(map).gaps[0]!.reach!, 14));
    expect(hatch?.attributes['stroke']).toBe(reachHatch?.attributes['stroke']);
    expect(byClass(svg, 'map-gap-label').map(textOf)).toEqual(['Before · 2 steps']);
  });

  it('shows the room’s dots of a revealed vote on its cards and its gaps, and none of a vote still hidden', () => {
    const base: JourneyMap = {
      id: 'm',
      title: 'Votes',
      stages: [],
      lanes: [lane('j', 'journey'), lane('p', 'process')],
      steps: [step('a', 'j', 0, { painPoints: ['Slow'] }), step('b', 'j', 1), step('c', 'j', 2), step('x', 'p', 2)],
    };
    const vote = {
      id: 'v',
      question: 'Q',
      dotsPerPerson: 3,
      people: 3,
      revealed: true,
      dots: [
        { target: { kind: 'step' as const, stepId: 'c' }, count: 2 },
        { target: { kind: 'painPoint' as const, stepId: 'c', index: 0 }, count: 1 },
        { target: { kind: 'gap' as const, stepId: 'b' }, count: 4 },
      ],
    };
    const svg = painted({ ...base, steps: base.steps.map((one) => (one.id === 'c' ? { ...one, painPoints: ['Lost'] } : one)), votes: [vote] });
    const badges = byClass(svg, 'map-dots');
    expect(badges.map((badge) => findAll(badge, (element) => element.name === 'title').map(textOf)[0])).toEqual(['4 dots in the vote', '3 dots in the vote']);
    expect(byClass(stepCard(svg, 'c')!, 'map-dots')).toHaveLength(1);
    expect(byClass(byClass(svg, 'map-gap-label')[0]!, 'map-dots')).toHaveLength(1);
    expect(byClass(painted({ ...base, votes: [{ ...vote, revealed: false, dots: [vote.dots[2]!] }] }), 'map-dots')).toEqual([]);
  });

  it('marks touchpoints and inside-out work with words, moments that matter with a star, assumed steps with a dashed outline, proposed ones with a dotted one, pain points with a count', () => {
    const map: JourneyMap = {
      id: 'm',
      title: 'Marks',
      stages: [],
      lanes: [lane('j', 'journey'), lane('p', 'process')],
      steps: [
        step('met', 'j', 0, { momentThatMatters: true, painPoints: ['Slow', 'Unclear'] }),
        step('guess', 'j', 1, { evidence: 'assumed' }),
        step('plain', 'j', 2, { painPoints: ['Lost'] }),
        step('idea', 'j', 3, { evidence: 'proposed' }),
        step('work', 'p', 0),
        step('back', 'p', 4),
      ],
    };
    const svg = painted(map);
    const tags = (id: string): string[] => byClass(stepCard(svg, id)!, 'map-tag').map(textOf);
    expect(tags('met')).toEqual(['TOUCHPOINT', '2 PAIN POINTS']);
    expect(tags('plain')).toEqual(['1 PAIN POINT']);
    expect(tags('back')).toEqual(['INSIDE-OUT']);
    expect(tags('guess')).toEqual([]);
    expect(byClass(stepCard(svg, 'met')!, 'map-moment')).toHaveLength(1);
    expect(byClass(stepCard(svg, 'plain')!, 'map-moment')).toHaveLength(0);
    const outline = (id: string) => findAll(stepCard(svg, id)!, (element) => element.name === 'rect')[0]!.attributes['stroke-dasharray'];
    expect(outline('guess')).toBe('5 4');
    expect(outline('idea')).toBe('0.01 3.5');
    expect(outline('met')).toBeUndefined();
  });

  it('writes "Untitled step" for a step without a title, and names lanes with their kind, title and persona or owner', () => {
    const map: JourneyMap = {
      id: 'm',
      title: 'Words',
      stages: [{ id: 's', title: 'Aware', fromColumn: 0, toColumn: 1 }],
      personas: [{ id: 'anna', name: 'Anna' }],
      lanes: [{ ...lane('j', 'journey', 'Customer'), personaId: 'anna' }, { ...lane('p', 'process', 'Claims'), owner: 'Head of claims' } as JourneyMap['lanes'][number]],
      steps: [step('a', 'j', 0, { title: '  ' }), step('b', 'p', 1)],
    };
    const all = texts(painted(map));
    expect(all).toEqual(expect.arrayContaining(['Untitled step', 'CUSTOMER JOURNEY', 'Customer', 'Persona: Anna', 'PROCESS', 'Claims', 'Owner: Head of claims', 'Aware', 'Stage', 'Column', '1', '2']));
  });

  it('prints no text smaller than the smallest font it declares, which keeps 7 pt at the minimum scale', () => {
    for (const { map } of exampleMaps) {
      const sizes = findAll(painted(map), (element) => element.name === 'text').map((text) => Number(text.attributes['font-size']));
      expect(Math.min(...sizes)).toBe(SMALLEST_MAP_FONT_PX);
    }
    expect(SMALLEST_MAP_FONT_PX).toBeGreaterThanOrEqual(11);
    expect(SMALLEST_MAP_FONT_PX * MAP_MIN_SCALE).toBeCloseTo(MIN_PRINTED_TEXT_PT * PX_PER_PT);
  });

  it('paints a tile with its own columns and lanes only, the header rows and lane headers repeated, and unique ids', () => {
    const map = exampleMaps.find(({ name }) => name === 'b2b-services')!.map;
    const layout = layoutMap(map);
    const { tiles } = tileMap(layout, { width: 900, height: 600 }, MAP_MIN_SCALE);
    expect(tiles.length).toBeGreaterThan(1);
    const tile = tiles[1]!;
    const svg = painted(map, tile);
    expect(svg.attributes['viewBox']).toBe(`0 0 ${tile.width} ${tile.height}`);
    const shownLanes = new Set(layout.lanes.slice(tile.fromLane, tile.toLane + 1).map((band) => band.laneId));
    const expected = layout.steps.filter((box) => shownLanes.has(box.laneId) && box.column <= tile.toColumn && box.column + box.span - 1 >= tile.fromColumn);
    expect(byClass(svg, 'map-step').map((card) => card.attributes['data-step-id']).sort()).toEqual(expected.map((box) => box.stepId).sort());
    const axisLabels = byClass(svg, 'map-axis').flatMap((axis) => findAll(axis, (element) => element.name === 'text').map(textOf));
    expect(axisLabels).toEqual(columnMarks(layout, tile.fromColumn, tile.toColumn).map((column) => column.label));
    expect(byClass(svg, 'map-lane-header').map((header) => header.attributes['data-lane-id'])).toEqual([...shownLanes]);
    expect(findAll(svg, (element) => element.name === 'clipPath').every((clip) => clip.attributes['id']?.startsWith('tile-'))).toBe(true);
  });
});
