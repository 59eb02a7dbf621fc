import { describe, expect, it } from 'vitest';
import { captureLine, capturePlace, readCaptureLine, type CaptureState } from '../../../../shared/edit/capture';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { capturePlaceWords } from '../../../../renderer/capture/capturePlaceWords';

const EMPTY: JourneyMap = { id: 'm', title: '', stages: [], lanes: [], steps: [] };
const START: CaptureState = { anchorStepId: null, lastLaneIds: { process: null, context: null } };

/** Captures the lines one after another, as Enter in the bar does. */
function captured(lines: readonly string[], map: JourneyMap = EMPTY, state: CaptureState = START) {
  let current = { map, state };
  for (const line of lines) {
    const done = captureLine(current.map, line, current.state);
    current = { map: done.map, state: done.state };
  }
  return current;
}

const laneOf = (map: JourneyMap, title: string) => map.lanes.find((lane) => lane.title === title)!;
const stepsIn = (map: JourneyMap, title: string) =>
  map.steps
    .filter((step) => step.laneId === laneOf(map, title).id)
    .sort((a, b) => a.column - b.column)
    .map((step) => [step.column, step.title] as const);

describe('reading a captured line', () => {
  it.each([
    ['Calls the insurer', { kind: 'journey', text: 'Calls the insurer' }],
    ['  > Claims handling: registers it ', { kind: 'process', laneName: 'Claims handling', text: 'registers it' }],
    ['>registers it', { kind: 'process', laneName: null, text: 'registers it' }],
    ['~ Neighbours: help: with a tarp', { kind: 'context', laneName: 'Neighbours', text: 'help: with a tarp' }],
    ['? ask the broker', { kind: 'note', text: 'ask the broker' }],
    ['\\? Why does nobody call', { kind: 'journey', text: '? Why does nobody call' }],
    ['Calls: nobody answers', { kind: 'journey', text: 'Calls: nobody answers' }],
  ])('%j', (line, expected) => {
    expect(readCaptureLine(line)).toEqual(expected);
  });
});

describe('capturing lines', () => {
  it('captures the home-insurance claim from an empty map: journey steps in order, each process step under its moment', () => {
    const { map } = captured([
      'Storm damages the roof',
      '~ Neighbours, contractors: Neighbour helps tarp the roof',
      'Makes the house safe',
      'Looks up the policy',
      'Calls the insurer',
      '> Contact centre: Register the claim',
      'Waits for the assessor',
      '> Claims handling: Assign and visit',
      'Gets the decision',
      'Receives the payment',
      '> Finance: Pay out',
      'Finds a roofer',
      'Roof is repaired',
      'Renews or leaves',
      '> Month-end reserve booking',
    ]);
    expect(map.lanes.map((lane) => [lane.kind, lane.title])).toEqual([
      ['journey', 'Customer'],
      ['context', 'Neighbours, contractors'],
      ['process', 'Contact centre'],
      ['process', 'Claims handling'],
      ['process', 'Finance'],
    ]);
    expect(stepsIn(map, 'Customer').map(([, title]) => title)).toEqual([
      'Storm damages the roof',
      'Makes the house safe',
      'Looks up the policy',
      'Calls the insurer',
      'Waits for the assessor',
      'Gets the decision',
      'Receives the payment',
      'Finds a roofer',
      'Roof is repaired',
      'Renews or leaves',
    ]);
    expect(stepsIn(map, 'Customer').map(([column]) => column)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // A step of another lane goes under the journey step captured last: the neighbour under the storm.
    expect(stepsIn(map, 'Neighbours, contractors')).toEqual([[0, 'Neighbour helps tarp the roof']]);
    expect(stepsIn(map, 'Contact centre')).toEqual([[3, 'Register the claim']]);
    expect(stepsIn(map, 'Claims handling')).toEqual([[4, 'Assign and visit']]);
    // An unnamed > goes to the process lane used last.
    expect(stepsIn(map, 'Finance')).toEqual([
      [6, 'Pay out'],
      [9, 'Month-end reserve booking'],
    ]);
  });

  it('inserts after the anchor: capturing after an earlier step moves the later moments right', () => {
    const first = captured(['One', 'Three']);
    const one = first.map.steps.find((step) => step.title === 'One')!;
    const { map } = captured(['Two'], first.map, { ...first.state, anchorStepId: one.id });
    expect(stepsIn(map, 'Customer').map(([, title]) => title)).toEqual(['One', 'Two', 'Three']);
  });

  it('finds a lane by the start of its name, whatever the case, and makes one when none or several match', () => {
    const start = captured(['Calls', '> Claims handling: a', '> Claims desk: b']).map;
    const { map } = captured(['> claims h: c', '> claims: d'], start);
    expect(stepsIn(map, 'Claims handling').map(([, title]) => title)).toEqual(['a', 'c']);
    // "claims" starts both names: a lane of that name is made rather than a guess.
    expect(stepsIn(map, 'claims').map(([, title]) => title)).toEqual(['d']);
  });

  it('parks a ? line as a note, and refuses a blank line or a bare sign with a message, changing nothing', () => {
    const parked = captureLine(EMPTY, '? who owns the roofer list', START);
    expect(parked.map.notes).toEqual([{ id: parked.noteId, text: 'who owns the roofer list' }]);
    expect(parked.map.lanes).toEqual([]);
    for (const line of ['', '   ', '>', '? ', '~ Lane:']) {
      const refused = captureLine(EMPTY, line, START);
      expect(refused.map).toBe(EMPTY);
      expect(refused.refusal).toMatch(/Type/);
    }
  });

  it('says where the next line goes', () => {
    const { map, state } = captured(['Calls the insurer']);
    const words = (line: string) => capturePlaceWords(map, capturePlace(map, readCaptureLine(line), state));
    expect(words('')).toBe('Next: a journey step after “Calls the insurer”');
    expect(words('> Claims: x')).toBe('Next: a process step in a new process lane “Claims”, under “Calls the insurer”');
    expect(words('? x')).toBe('Next: a note in the parking lot');
    expect(capturePlaceWords(EMPTY, capturePlace(EMPTY, readCaptureLine('x'), START))).toBe('Next: the first step of a new journey lane');
  });
});
