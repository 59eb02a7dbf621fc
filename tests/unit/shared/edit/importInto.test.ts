import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBpmnOptions } from '../../../../shared/format/bpmn/bpmnOptions';
import { buildBpmnMap } from '../../../../shared/format/bpmn/buildBpmnMap';
import { readBpmn } from '../../../../shared/format/bpmn/readBpmn';
import { importInto, isEdited } from '../../../../shared/edit/importInto';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { FIXTURES } from '../../support/fixtures';

const CLAIM = readFileSync(join(FIXTURES, 'bpmn', 'home-insurance-claim.bpmn'), 'utf8');

async function imported(xml: string, customer = true): Promise<JourneyMap> {
  const read = await readBpmn(new TextEncoder().encode(xml), 'home-insurance-claim.bpmn');
  if (!read.ok) expect.fail(JSON.stringify(read.problems));
  return buildBpmnMap(read.model, { ...defaultBpmnOptions(read.model), ...(customer ? {} : { customerPoolId: null }) }).map;
}

const EMPTY: JourneyMap = { id: 'm', title: 'Workshop', stages: [], lanes: [{ id: 'lane-1', kind: 'journey', title: 'Our own journey' }], steps: [{ id: 'step-1', laneId: 'lane-1', title: 'Sees an ad', column: 0, span: 1 }] };
const ok = (result: ReturnType<typeof importInto>) => {
  if (!result.ok) expect.fail(result.message);
  return result;
};
const titles = (map: JourneyMap): string[] => map.steps.map((step) => step.title).sort();

describe('an import added to the map on screen', () => {
  it('adds the lanes and steps beside what is there, with fresh ids', async () => {
    const first = ok(importInto(EMPTY, await imported(CLAIM)));
    expect(first.map.lanes.map((lane) => lane.title)).toEqual(['Our own journey', 'Customer', 'Claims desk', 'Assessor', 'Payments']);
    expect(first.added).toBe(14);
    expect(new Set([...first.map.lanes, ...first.map.steps].map((item) => item.id)).size).toBe(first.map.lanes.length + first.map.steps.length);
  });

  it('updates the steps of a newer version of the same file instead of adding them again', async () => {
    const first = ok(importInto(EMPTY, await imported(CLAIM))).map;
    const newer = CLAIM.replace('name="Check the policy"', 'name="Check the policy and the excess"')
      .replace('<userTask id="i4" name="Write the assessment"/>', '<userTask id="i4" name="Write the assessment"/>\n  <userTask id="i7" name="Call the customer back"/>')
      .replace('<sequenceFlow id="f_i4_i6"', '<sequenceFlow id="f_i4_i7" sourceRef="i4" targetRef="i7"/><sequenceFlow id="f_i7_i6" sourceRef="i7" targetRef="i6"/><sequenceFlow id="f_old"')
      .replace('<flowNodeRef>i6</flowNodeRef>', '<flowNodeRef>i6</flowNodeRef><flowNodeRef>i7</flowNodeRef>')
      .replace('<task id="c8" name="Hires a roofer"/>', '');
    const again = ok(importInto(first, await imported(newer)));
    expect(again.map.steps).toHaveLength(first.steps.length);
    expect(again.updated).toBe(13);
    expect(again.added).toBe(1);
    expect(again.removed).toBe(1);
    expect(titles(again.map)).toContain('Check the policy and the excess');
    expect(titles(again.map)).toContain('Call the customer back');
    expect(titles(again.map)).not.toContain('Hires a roofer');
    // The same step keeps its id: what points at it still does.
    const before = first.steps.find((step) => step.title === 'Register claim')!;
    expect(again.map.steps.find((step) => step.title === 'Register claim')!.id).toBe(before.id);
    expect(again.map.lanes).toHaveLength(first.lanes.length);
  });

  it('keeps a step the person worked on that the newer file no longer has, unless told to remove it', async () => {
    const first = ok(importInto(EMPTY, await imported(CLAIM))).map;
    const roofer = first.steps.find((step) => step.title === 'Hires a roofer')!;
    const worked = { ...first, steps: first.steps.map((step) => (step === roofer ? { ...step, painPoints: ['Nobody helps'] } : step)) };
    expect(isEdited(worked, worked.steps.find((step) => step.id === roofer.id)!)).toBe(true);
    expect(isEdited(first, roofer)).toBe(false);
    const newer = await imported(CLAIM.replace('<task id="c8" name="Hires a roofer"/>', ''));
    const asked = ok(importInto(worked, newer));
    expect(asked.editedGone.map((step) => step.id)).toEqual([roofer.id]);
    expect(asked.map.steps.some((step) => step.id === roofer.id)).toBe(true);
    expect(ok(importInto(worked, newer, null, true)).map.steps.some((step) => step.id === roofer.id)).toBe(false);
  });

  it('pins the first and last activity to the journey columns chosen and spreads the rest between them in order', async () => {
    const map = await imported(CLAIM, false);
    const pinned = ok(importInto(EMPTY, map, { fromColumn: 10, toColumn: 20 })).map;
    const added = pinned.steps.filter((step) => step.source !== undefined).sort((a, b) => a.column - b.column);
    expect(added[0]!.column).toBe(10);
    expect(added.at(-1)!.column).toBe(20);
    const original = new Map(map.steps.map((step) => [step.source!.id, step.column]));
    for (const a of added) for (const b of added) if (original.get(a.source!.id)! < original.get(b.source!.id)!) expect(a.column).toBeLessThanOrEqual(b.column);
  });

  it('leaves steps of other files and the person’s own steps alone', async () => {
    const first = ok(importInto(EMPTY, await imported(CLAIM))).map;
    const again = ok(importInto(first, await imported(CLAIM))).map;
    expect(again.steps.find((step) => step.id === 'step-1')).toEqual(EMPTY.steps[0]);
    expect(again.steps).toHaveLength(first.steps.length);
  });
});

describe('a journey with its persona added to the map on screen', () => {
  const journey = (name: string): JourneyMap => ({
    id: 'map',
    title: 'From Mermaid',
    personas: [{ id: 'persona-1', name }],
    stages: [],
    lanes: [{ id: 'journey', kind: 'journey', title: name, personaId: 'persona-1' }],
    steps: [{ id: 'step-1', laneId: 'journey', title: 'Make tea', column: 0, span: 1, emotion: 2 }],
  });

  it('brings the persona along under a fresh id, or gives the lane the map’s own persona of that name', () => {
    const first = ok(importInto(EMPTY, journey('Me'))).map;
    const persona = first.personas!.find((candidate) => candidate.name === 'Me')!;
    expect(first.lanes.find((lane) => lane.title === 'Me')!.personaId).toBe(persona.id);
    expect(first.personas).toHaveLength(1);
    const again = ok(importInto(first, journey('Me'))).map;
    expect(again.personas).toHaveLength(1);
    expect(again.lanes.filter((lane) => lane.title === 'Me').map((lane) => lane.personaId)).toEqual([persona.id, persona.id]);
  });
});
