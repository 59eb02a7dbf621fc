import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { JourneyMap, Step } from '../../../../shared/model/journeyMap';
import { GapsOfMap } from '../../../../renderer/panels/GapsPanel';
import type { GapOrder } from '../../../../renderer/panels/votes/voteOrder';
import { findAll, hasClass, parseXml, textOf, type XmlElement } from '../../support/xmlTree';

const step = (id: string, laneId: string, column: number, extra: Partial<Step> = {}): Step => ({ id, laneId, title: `Step ${id}`, column, span: 1, ...extra });

// Gaps: before [a] 1.0, between [c] (a moment that matters) 4.0, between [e] 1.0, after [g, h] (very unhappy, then neutral) 4.0.
const MAP: JourneyMap = {
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [
    { id: 'j', kind: 'journey', title: 'Home owner' },
    { id: 'p', kind: 'process', title: 'Claims' },
  ],
  steps: [
    step('a', 'j', 0),
    step('b', 'j', 1),
    step('c', 'j', 2, { momentThatMatters: true }),
    step('d', 'j', 3),
    step('e', 'j', 4),
    step('f', 'j', 5),
    step('g', 'j', 6, { emotion: -2 }),
    step('h', 'j', 7),
    step('x', 'p', 1),
    step('y', 'p', 3),
    step('z', 'p', 5),
  ],
};

/** The panel's content as markup, wrapped in one root for the parser. */
const rendered = (map: JourneyMap, order?: GapOrder): XmlElement => parseXml(`<div>${renderToStaticMarkup(<GapsOfMap map={map} order={order} />)}</div>`);
const byClass = (root: XmlElement, name: string): XmlElement[] => findAll(root, (element) => hasClass(element, name));

describe('the Gaps panel', () => {
  it('lists gaps most severe first, equal ones in column order, each with its severity and a bar against the lane’s highest', () => {
    const gaps = byClass(rendered(MAP), 'gap');
    expect(gaps.map((gap) => textOf(byClass(gap, 'gap__where')[0]!))).toEqual(['Column 3 · 1 step', 'Columns 7–8 · 2 steps', 'Column 1 · 1 step', 'Column 5 · 1 step']);
    expect(gaps.map((gap) => textOf(byClass(gap, 'gap__severity-figure')[0]!))).toEqual(['Severity 4.0', 'Severity 4.0', 'Severity 1.0', 'Severity 1.0']);
    expect(gaps.map((gap) => byClass(gap, 'gap__severity-fill')[0]!.attributes['style'])).toEqual(['width:100%', 'width:100%', 'width:25%', 'width:25%']);
  });

  it('writes how severity is scored, and gives each gap an Add opportunity button of its own', () => {
    const panel = rendered(MAP);
    expect(textOf(byClass(panel, 'severity-note')[0]!)).toContain('plus 3 if it is a moment that matters');
    const adds = byClass(panel, 'gap-item__add');
    expect(adds.map(textOf)).toEqual(Array(4).fill('Add opportunity'));
    const headings = new Set(byClass(panel, 'gap__heading').map((heading) => heading.attributes['id']));
    expect(new Set(adds.map((add) => add.attributes['aria-describedby']))).toEqual(headings);
  });

  it('says nothing of severity when no lane has a gap', () => {
    const covered: JourneyMap = { ...MAP, steps: [step('a', 'j', 0), step('x', 'p', 0)] };
    expect(byClass(rendered(covered), 'severity-note')).toEqual([]);
  });

  it('shows the 30 most severe gaps of a long lane, the rest behind Show more, which says how many', () => {
    // A journey of 100 steps, every other one met: 50 gaps of one step each.
    const journey = Array.from({ length: 100 }, (_, index) => step(`j${index}`, 'j', index));
    const process = Array.from({ length: 50 }, (_, index) => step(`p${index}`, 'p', 2 * index + 1));
    const panel = rendered({ ...MAP, steps: [...journey, ...process] });
    expect(byClass(panel, 'gap')).toHaveLength(30);
    expect(textOf(byClass(panel, 'gaps-lane__more')[0]!)).toBe('Show 20 more gaps (20 not shown)');
  });
});

describe('the Gaps panel after a vote', () => {
  // The room put 2 dots on the gap at e, 3 on the gap at g–h (one of them cast through h), none on the others.
  const VOTED: JourneyMap = {
    ...MAP,
    votes: [
      {
        id: 'v',
        question: 'Q',
        dotsPerPerson: 3,
        people: 2,
        revealed: true,
        dots: [
          { target: { kind: 'gap', stepId: 'e' }, count: 2 },
          { target: { kind: 'gap', stepId: 'g' }, count: 2 },
          { target: { kind: 'gap', stepId: 'h' }, count: 1 },
        ],
      },
    ],
  };
  const where = (panel: XmlElement): string[] => byClass(panel, 'gap').map((gap) => textOf(byClass(gap, 'gap__where')[0]!));

  it('keeps the severity order until asked, and shows each gap’s dots', () => {
    const panel = rendered(VOTED);
    expect(where(panel)).toEqual(['Column 3 · 1 step', 'Columns 7–8 · 2 steps', 'Column 1 · 1 step', 'Column 5 · 1 step']);
    expect(byClass(panel, 'gap-item').map((item) => byClass(item, 'dot-count').map(textOf).join(''))).toEqual(['', '3 dots', '', '2 dots']);
    expect(byClass(panel, 'order-choice')).toHaveLength(1);
  });

  it('lists the gaps most dots first when ordered by votes, equal ones by severity', () => {
    const panel = rendered(VOTED, 'votes');
    expect(where(panel)).toEqual(['Columns 7–8 · 2 steps', 'Column 5 · 1 step', 'Column 3 · 1 step', 'Column 1 · 1 step']);
    expect(textOf(byClass(panel, 'severity-note__line')[0]!)).toBe('Most dots first, then most severe.');
    // The severity bar still measures against the lane's most severe gap.
    expect(byClass(panel, 'gap__severity-fill').map((fill) => fill.attributes['style'])).toEqual(['width:100%', 'width:25%', 'width:100%', 'width:25%']);
  });

  it('offers no order before a vote is revealed, and keeps the severity order then', () => {
    const hidden = rendered({ ...VOTED, votes: [{ ...VOTED.votes![0]!, revealed: false }] }, 'votes');
    expect(byClass(hidden, 'order-choice')).toEqual([]);
    expect(where(hidden)[0]).toBe('Column 3 · 1 step');
    expect(byClass(hidden, 'dot-count')).toEqual([]);
  });
});
