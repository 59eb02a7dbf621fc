import { describe, expect, it } from 'vitest';
import { copySteps, pasteSteps, readClipboardSteps, type ClipboardSteps } from '../../../../shared/edit/clipboard';
import { serialise } from '../../../../shared/format/serialise';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { claimMap, expectValid, frozen, lane, mapOf, placesOf, stagesOf, step } from './editSupport';

const throughClipboard = (clip: ClipboardSteps): ClipboardSteps => readClipboardSteps(JSON.stringify(clip))!;
const laneTitles = (map: JourneyMap): string[] => map.lanes.map((l) => `${l.kind}:${l.title}`);

/** The source of a copy into another map: a customer, a friend, two departments. */
function sourceMap(): JourneyMap {
  return mapOf(
    [
      { id: 'cust', kind: 'journey', title: 'Customer' },
      { id: 'friends', kind: 'context', title: 'Friends' },
      lane('claims', 'process', { title: 'Claims', owner: 'Head of claims' }),
      { id: 'repair', kind: 'process', title: 'Repair' },
    ],
    [step('s1', 'cust', 4, 1, { emotion: -2 }), step('f1', 'friends', 4), step('p1', 'claims', 5, 2), step('r1', 'repair', 6)],
  );
}

describe('copySteps and readClipboardSteps', () => {
  it('carry the steps with every field and their lanes in screen order through clipboard text', () => {
    const map = mapOf([lane('p', 'process'), lane('j', 'journey', { persona: 'Ana' }), lane('c', 'context')], [step('a', 'p', 2), step('b', 'j', 1, 2, { emotion: 1 }), step('x', 'c', 0)]);
    const clip = copySteps(map, ['b', 'a', 'nope']);
    expect(clip).toEqual({ format: 'outside-in.steps', version: 1, lanes: [map.lanes[1], map.lanes[0]], steps: [map.steps[0], map.steps[1]] });
    expect(throughClipboard(clip)).toEqual(clip);
  });

  it.each([
    ['plain text', 'Call the customer back'],
    ['nothing', ''],
    ['other JSON', '{"hello": 1}'],
    ['null', 'null'],
    ['a map file', serialise(claimMap())],
    ['a newer clipboard version', '{"format":"outside-in.steps","version":2,"lanes":[],"steps":[]}'],
    ['lanes that are not a list', '{"format":"outside-in.steps","version":1,"lanes":null,"steps":[]}'],
    ['a step in a lane it does not carry', '{"format":"outside-in.steps","version":1,"lanes":[],"steps":[{"id":"a","laneId":"j","column":0}]}'],
    ['a negative column', '{"format":"outside-in.steps","version":1,"lanes":[{"id":"j","kind":"journey"}],"steps":[{"id":"a","laneId":"j","column":-1}]}'],
    ['a lane twice', '{"format":"outside-in.steps","version":1,"lanes":[{"id":"j","kind":"journey"},{"id":"j","kind":"process"}],"steps":[]}'],
    ['an unknown lane kind', '{"format":"outside-in.steps","version":1,"lanes":[{"id":"j","kind":"robot"}],"steps":[]}'],
  ])('reads %s as no steps, without throwing', (_what, text) => {
    expect(readClipboardSteps(text)).toBeNull();
  });

  it('fills in what a file may leave out: a missing title, a span of 1', () => {
    const clip = readClipboardSteps('{"format":"outside-in.steps","version":1,"lanes":[{"id":"j","kind":"journey"}],"steps":[{"id":"a","laneId":"j","column":3}]}');
    expect(clip?.steps).toEqual([{ id: 'a', laneId: 'j', title: '', column: 3, span: 1 }]);
  });
});

describe('pasteSteps', () => {
  it('pastes into the same map with fresh ids and the same layout, each step in its own lane', () => {
    const map = frozen(claimMap());
    const clip = throughClipboard(copySteps(map, ['s2', 'p1']));
    const { map: result, stepIds } = pasteSteps(map, clip, { laneId: 'cust', column: 6 });
    expect(stepIds).toEqual(['step-1', 'step-2']);
    expect(placesOf(result)).toEqual({ ...placesOf(map), 'step-1': 'cust 6..6', 'step-2': 'claims 6..7' });
    expect(result.lanes).toBe(map.lanes);
    expectValid(result);
  });

  it('lands the top-left step on the lane and column given', () => {
    const map = mapOf([lane('j1', 'journey'), lane('j2', 'journey'), lane('p', 'process')], [step('a', 'j1', 3), step('b', 'p', 4)]);
    const { map: result } = pasteSteps(map, copySteps(map, ['a', 'b']), { laneId: 'j2', column: 0 });
    expect(placesOf(result)).toMatchObject({ 'step-1': 'j2 0..0', 'step-2': 'p 1..1' });
  });

  it('makes room where the paste lands on journey steps', () => {
    const map = claimMap();
    const { map: result } = pasteSteps(map, copySteps(map, ['s4']), { laneId: 'cust', column: 2 });
    expect(placesOf(result)).toEqual({ s1: 'cust 0..0', s2: 'cust 1..1', 'step-1': 'cust 2..2', s3: 'cust 3..3', s4: 'cust 4..4', p1: 'claims 1..3', p2: 'repair 4..4' });
    expect(stagesOf(result)).toEqual({ buy: '1..3' });
  });

  it('in another map, finds lanes by title and kind, then by their place among the lanes of their kind', () => {
    const target = frozen(
      mapOf([
        { id: 'k', kind: 'journey', title: 'Kunde' },
        { id: 'x1', kind: 'process', title: 'Claims' },
        { id: 'x2', kind: 'process', title: 'Sales' },
        { id: 'x3', kind: 'process', title: 'Legal' },
      ]),
    );
    const clip = throughClipboard(copySteps(sourceMap(), ['s1', 'p1', 'r1']));
    const { map: result, stepIds } = pasteSteps(target, clip, { laneId: 'k', column: 0 });
    expect(result.lanes).toBe(target.lanes);
    // Claims by its title; Repair was the second process lane of the copy, so it goes to the second process lane.
    expect(stepIds.map((id) => placesOf(result)[id])).toEqual(['k 0..0', 'x1 1..2', 'x2 2..2']);
    expect(result.steps[0]).toEqual({ id: 'step-1', laneId: 'k', title: 'Step s1', column: 0, span: 1, emotion: -2 });
  });

  it('adds the lanes a map lacks, with their titles, kinds and fields, each as the last of its kind', () => {
    const target = mapOf([{ id: 'k', kind: 'journey', title: 'Kunde' }]);
    const { map: result, stepIds } = pasteSteps(target, copySteps(sourceMap(), ['s1', 'f1', 'p1', 'r1']), { laneId: 'k', column: 2 });
    expect(laneTitles(result)).toEqual(['journey:Kunde', 'context:Friends', 'process:Claims', 'process:Repair']);
    expect(result.lanes[2]).toEqual({ id: 'lane-2', kind: 'process', title: 'Claims', owner: 'Head of claims' });
    expect(stepIds.map((id) => placesOf(result)[id])).toEqual(['k 2..2', 'lane-1 2..2', 'lane-2 3..4', 'lane-3 4..4']);
    expectValid(result);
  });

  it('into a map without the lane given (an empty map), brings every lane along', () => {
    const empty = mapOf([]);
    const { map: result, stepIds } = pasteSteps(empty, copySteps(sourceMap(), ['s1', 'p1']), { laneId: '', column: 0 });
    expect(laneTitles(result)).toEqual(['journey:Customer', 'process:Claims']);
    expect(stepIds.map((id) => placesOf(result)[id])).toEqual(['lane-1 0..0', 'lane-2 1..2']);
    expectValid(result);
  });

  it('never reuses a lane of the same id but another kind', () => {
    const target = mapOf([{ id: 'claims', kind: 'journey', title: 'Claims' }]);
    const { map: result } = pasteSteps(target, copySteps(sourceMap(), ['p1']), { laneId: 'nope', column: 0 });
    expect(laneTitles(result)).toEqual(['journey:Claims', 'process:Claims']);
    expect(placesOf(result)).toEqual({ 'step-1': 'lane-1 0..1' });
  });

  it('sends the other copied lanes back to their own lanes in the same map, even when the top-left one lands elsewhere', () => {
    const map = mapOf([lane('j1', 'journey'), lane('j2', 'journey'), lane('j3', 'journey')], [step('a', 'j1', 0), step('b', 'j2', 0)]);
    const { map: result, stepIds } = pasteSteps(map, copySteps(map, ['a', 'b']), { laneId: 'j3', column: 5 });
    expect(stepIds.map((id) => placesOf(result)[id])).toEqual(['j3 5..5', 'j2 5..5']);
  });

  it('never puts two copied lanes into one: where the top-left lane took the other one\'s lane, that one goes by its place', () => {
    const map = mapOf([lane('j1', 'journey'), lane('j2', 'journey'), lane('j3', 'journey')], [step('a', 'j1', 0), step('b', 'j2', 0)]);
    const lower = pasteSteps(map, copySteps(map, ['a', 'b']), { laneId: 'j2', column: 5 });
    expect(lower.stepIds.map((id) => placesOf(lower.map)[id])).toEqual(['j2 5..5', 'j3 5..5']);
    const twoLanes = mapOf([lane('j1', 'journey'), lane('j2', 'journey')], [step('a', 'j1', 0), step('b', 'j2', 0)]);
    const added = pasteSteps(twoLanes, copySteps(twoLanes, ['a', 'b']), { laneId: 'j2', column: 5 });
    expect(added.stepIds.map((id) => placesOf(added.map)[id])).toEqual(['j2 5..5', 'lane-1 5..5']);
    expect(laneTitles(added.map)).toEqual(['journey:Lane j1', 'journey:Lane j2', 'journey:Lane j2']);
  });

  it('returns the same map for a clip without steps', () => {
    const map = claimMap();
    expect(pasteSteps(map, copySteps(map, []), { laneId: 'cust', column: 0 })).toEqual({ map, stepIds: [] });
  });
});
