import { describe, expect, it } from 'vitest';
import { dotsByStep, rankedDots } from '../../../../shared/analysis/voteResults';
import { addNote, deleteNote, placeNote } from '../../../../shared/edit/notes';
import { deleteSteps } from '../../../../shared/edit/steps';
import { updateStepDetails } from '../../../../shared/edit/updateStepDetails';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { castDots, dotsCast, revealVote, startVote } from '../../../../shared/edit/votes';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import { claimMap, placesOf } from './editSupport';

describe('the parking lot', () => {
  it('keeps notes in order, places one on a lane as a step in one change, and leaves no empty list', () => {
    let map = addNote(claimMap(), '  Ask about the excess ', 'Ann').map;
    map = addNote(map, 'Photos by email?').map;
    expect(map.notes!.map((note) => [note.text, note.author])).toEqual([
      ['Ask about the excess', 'Ann'],
      ['Photos by email?', undefined],
    ]);
    expect(addNote(map, '   ').noteId).toBe('');
    const placed = placeNote(map, map.notes![0]!.id, { laneId: 'claims', column: 3 });
    expect(placed.map.steps.find((step) => step.id === placed.stepId)).toMatchObject({ laneId: 'claims', column: 3, title: 'Ask about the excess' });
    expect(placed.map.notes!.map((note) => note.text)).toEqual(['Photos by email?']);
    expect(deleteNote(placed.map, placed.map.notes![0]!.id)).not.toHaveProperty('notes');
  });
});

describe('dot voting', () => {
  const started = () => startVote(claimMap(), { question: 'Where first?', dotsPerPerson: 3, people: 3 });

  it('never holds more dots than its people had, nor fewer than none on a target', () => {
    const { map, voteId } = started();
    let next = castDots(map, voteId, { kind: 'step', stepId: 's1' }, 5);
    next = castDots(next, voteId, { kind: 'gap', stepId: 's2' }, 10);
    const vote = next.votes![0]!;
    expect(dotsCast(vote)).toBe(9);
    expect(castDots(next, voteId, { kind: 'step', stepId: 's3' }, 1)).toBe(next);
    const taken = castDots(next, voteId, { kind: 'step', stepId: 's1' }, -20);
    expect(taken.votes![0]!.dots.map((entry) => entry.target)).toEqual([{ kind: 'gap', stepId: 's2' }]);
  });

  it('takes no dots once revealed, ranks its result most first, and shows the dots on the cards only then', () => {
    const { map, voteId } = started();
    let next = castDots(map, voteId, { kind: 'step', stepId: 's1' }, 2);
    next = castDots(next, voteId, { kind: 'step', stepId: 's4' }, 3);
    expect(dotsByStep(next).size).toBe(0);
    next = revealVote(next, voteId);
    expect(castDots(next, voteId, { kind: 'step', stepId: 's2' }, 1)).toBe(next);
    expect(rankedDots(next.votes![0]!).map((entry) => entry.count)).toEqual([3, 2]);
    expect(dotsByStep(next).get('s4')).toBe(3);
  });

  it('loses the dots of a step that is deleted, and the file keeps the rest', () => {
    const { map, voteId } = started();
    let next = castDots(map, voteId, { kind: 'step', stepId: 's1' }, 2);
    next = castDots(next, voteId, { kind: 'step', stepId: 's2' }, 1);
    next = deleteSteps(next, ['s1']);
    expect(next.votes![0]!.dots).toEqual([{ target: { kind: 'step', stepId: 's2' }, count: 1 }]);
    const again = parse(serialise(next));
    expect(again.ok && again.value.votes).toEqual(next.votes);
    expect(placesOf(next).s2).toBe('cust 1..1');
  });
});

describe('the file', () => {
  const file = (votes: unknown) =>
    JSON.stringify({ format: 'outside-in.journey', version: 2, map: { id: 'm', title: 'M', lanes: [{ id: 'j', kind: 'journey', title: 'C' }], steps: [{ id: 's', laneId: 'j', title: 'S', column: 0 }], votes } });

  it('refuses a dot on something the map does not have, with its path', () => {
    const result = parse(file([{ id: 'v', question: 'Q', dotsPerPerson: 3, people: 2, revealed: true, dots: [{ target: { kind: 'step', stepId: 'nope' }, count: 2 }] }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: '$.map.votes[0].dots[0].target', message: expect.stringContaining('"nope"') });
  });

  it('refuses a round holding more dots than its people had', () => {
    const result = parse(file([{ id: 'v', question: 'Q', dotsPerPerson: 1, people: 2, revealed: false, dots: [{ target: { kind: 'step', stepId: 's' }, count: 3 }] }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain('more dots than the people voting had');
  });
});

describe('dots on pain points', () => {
  const points = ['No date for the visit', 'Three calls to chase', 'Hold music'];
  function voted(): JourneyMap {
    const base = updateStepDetails(claimMap(), 's2', { painPoints: points });
    const { map, voteId } = startVote(base, { question: 'Q', dotsPerPerson: 5, people: 2 });
    let next = castDots(map, voteId, { kind: 'painPoint', stepId: 's2', index: 0 }, 1);
    next = castDots(next, voteId, { kind: 'painPoint', stepId: 's2', index: 1 }, 2);
    return castDots(next, voteId, { kind: 'painPoint', stepId: 's2', index: 2 }, 3);
  }
  const dotsOn = (map: JourneyMap) => map.votes![0]!.dots.map((entry) => [entry.target.kind === 'painPoint' ? map.steps.find((step) => step.id === 's2')!.painPoints![entry.target.index] : '', entry.count]);

  it('go with a pain point taken out, and stay on theirs as the lines below move up', () => {
    const map = updateStepDetails(voted(), 's2', { painPoints: [points[0]!, points[2]!] });
    expect(dotsOn(map)).toEqual([
      ['No date for the visit', 1],
      ['Hold music', 3],
    ]);
  });

  it('stay on theirs when a line is put in above them, and by place when a line is retyped', () => {
    const inserted = updateStepDetails(voted(), 's2', { painPoints: ['Letter lost', ...points] });
    expect(dotsOn(inserted)).toEqual([
      ['No date for the visit', 1],
      ['Three calls to chase', 2],
      ['Hold music', 3],
    ]);
    const retyped = updateStepDetails(voted(), 's2', { painPoints: [points[0]!, 'Four calls to chase', points[2]!] });
    expect(dotsOn(retyped).map(([, count]) => count)).toEqual([1, 2, 3]);
  });
});
