import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BpmnModel } from '../../../../../shared/format/bpmn/bpmnModel';
import { defaultBpmnOptions, guessCustomerPool, type BpmnImportOptions } from '../../../../../shared/format/bpmn/bpmnOptions';
import { buildBpmnMap } from '../../../../../shared/format/bpmn/buildBpmnMap';
import { readBpmn } from '../../../../../shared/format/bpmn/readBpmn';
import { parse } from '../../../../../shared/format/parse';
import { serialise } from '../../../../../shared/format/serialise';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { FIXTURES } from '../../../support/fixtures';

async function model(file: string): Promise<BpmnModel> {
  const read = await readBpmn(new Uint8Array(readFileSync(join(FIXTURES, 'bpmn', file))), file);
  if (!read.ok) expect.fail(JSON.stringify(read.problems));
  return read.model;
}

const build = async (file: string, options: Partial<BpmnImportOptions> = {}) => {
  const read = await model(file);
  return buildBpmnMap(read, { ...defaultBpmnOptions(read), ...options });
};

/** The titles of a lane's steps, in column order. */
const titlesIn = (map: JourneyMap, laneTitle: string): string[] => {
  const lane = map.lanes.find((candidate) => candidate.title === laneTitle)!;
  return map.steps.filter((step) => step.laneId === lane.id).sort((a, b) => a.column - b.column).map((step) => step.title);
};
const stepCalled = (map: JourneyMap, title: string) => map.steps.find((step) => step.title === title)!;
const messages = (findings: readonly { message: string }[]): string => findings.map((finding) => finding.message).join('\n');

describe('a BPMN model made into a map', () => {
  it('puts the customer pool on the journey lane and each named lane of the organisation on a process lane', async () => {
    const { map, summary } = await build('home-insurance-claim.bpmn');
    expect(map.lanes.map((lane) => [lane.kind, lane.title])).toEqual([
      ['journey', 'Customer'],
      ['process', 'Claims desk'],
      ['process', 'Assessor'],
      ['process', 'Payments'],
    ]);
    expect(titlesIn(map, 'Customer')).toEqual(['Storm damages the roof', 'Calls the insurer', 'Sends photos of the damage', 'Waits for the assessor', 'Shows the assessor round', 'Waits for a decision', 'Gets the money', 'Hires a roofer']);
    // Line breaks in names become spaces.
    expect(titlesIn(map, 'Claims desk')).toEqual(['Register claim', 'Check the policy', 'Send the decision']);
    expect(summary).toEqual({ processLanes: 3, processSteps: 6, journeySteps: 8, touchpoints: 5 });
  });

  it('gives each message between the customer and an organisation activity one column: a touchpoint', async () => {
    const { map } = await build('home-insurance-claim.bpmn');
    expect(stepCalled(map, 'Shows the assessor round').column).toBe(stepCalled(map, 'Visit the house').column);
    expect(stepCalled(map, 'Gets the money').column).toBe(stepCalled(map, 'Pay out').column);
    // A message to a start event touches the first activity after it.
    expect(stepCalled(map, 'Calls the insurer').column).toBe(stepCalled(map, 'Register claim').column);
    // What the organisation never meets stays a gap: before, between and after.
    const covered = new Set(map.steps.filter((step) => step.laneId !== map.lanes[0]!.id).map((step) => step.column));
    expect(map.steps.filter((step) => step.laneId === map.lanes[0]!.id && !covered.has(step.column)).map((step) => step.title)).toEqual(['Storm damages the roof', 'Waits for the assessor', 'Hires a roofer']);
  });

  it('shares a column between every message-flow partner and its customer step, in every model with a customer', async () => {
    for (const file of ['home-insurance-claim.bpmn', 'miwg-C.2.0-reference.bpmn', 'miwg-C.2.0-signavio.bpmn', 'miwg-C.2.0-camunda.bpmn']) {
      const read = await model(file);
      const customer = guessCustomerPool(read)!;
      const { map, findings } = buildBpmnMap(read, defaultBpmnOptions(read));
      const bySource = new Map(map.steps.map((step) => [step.source!.id, step]));
      const customerIds = new Set(read.nodes.filter((node) => node.poolId === customer.id).map((node) => node.id));
      let checked = 0;
      for (const flow of read.messageFlows) {
        const [theirs, ours] = customerIds.has(flow.sourceId) ? [flow.sourceId, flow.targetId] : [flow.targetId, flow.sourceId];
        if (!customerIds.has(theirs) || !bySource.has(theirs) || !bySource.has(ours)) continue;
        expect(bySource.get(ours)!.column, `${file}: ${flow.id}`).toBe(bySource.get(theirs)!.column);
        checked++;
      }
      expect(checked, file).toBeGreaterThan(0);
      expect(messages(findings)).not.toMatch(/stay apart/);
    }
  });

  it('reads the same model from three tools (the OMG test suite reference, Signavio, Camunda) into the same lanes and steps', async () => {
    const shapes = await Promise.all(
      ['miwg-C.2.0-reference.bpmn', 'miwg-C.2.0-signavio.bpmn', 'miwg-C.2.0-camunda.bpmn'].map(async (file) => {
        const { map } = await build(file);
        return map.lanes.map((lane) => ({ kind: lane.kind, steps: titlesIn(map, lane.title).map((title) => title.toLowerCase()) })).sort((a, b) => a.steps.join().localeCompare(b.steps.join()));
      }),
    );
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
  });

  it('guesses the customer from the pool names, and imports without one when asked', async () => {
    const read = await model('miwg-C.2.0-reference.bpmn');
    expect(guessCustomerPool(read)?.name).toBe('Customer');
    const { map, summary } = buildBpmnMap(read, { ...defaultBpmnOptions(read), customerPoolId: null });
    expect(map.lanes.every((lane) => lane.kind === 'process')).toBe(true);
    expect(map.lanes.map((lane) => lane.title)).toContain('Customer');
    expect(summary.touchpoints).toBe(0);
    expect(guessCustomerPool(await model('miwg-C.4.0-pools.bpmn'))).toBeNull();
  });

  it('places activities the lanes do not list by where they are drawn, and says so', async () => {
    const { map, findings } = await build('home-insurance-claim.bpmn');
    expect(titlesIn(map, 'Payments')).toEqual(['Pay out']);
    expect(messages(findings)).toMatch(/One activity was placed in a lane by where it is drawn, as the file's lanes do not list it: “Pay out”\./);
  });

  it('puts an activity neither listed nor drawn in a lane on a lane named after its pool, and says so', async () => {
    const read = await model('home-insurance-claim.bpmn');
    const undrawn: BpmnModel = { ...read, nodes: read.nodes.map((node) => (node.id === 'i5' ? { ...node, bounds: null } : node)) };
    const { map, findings } = buildBpmnMap(undrawn, defaultBpmnOptions(undrawn));
    expect(titlesIn(map, 'Insurer')).toEqual(['Pay out']);
    expect(map.lanes.some((lane) => lane.title === 'Payments')).toBe(false);
    expect(messages(findings)).toMatch(/One activity of “Insurer” sits in no lane; it went to a lane named after the pool\./);
  });

  it('gives a pool without named lanes one lane named after it', async () => {
    const { map, findings } = await build('miwg-C.1.0-camunda-lanes.bpmn');
    expect(map.lanes.map((lane) => lane.title)).toEqual(['Team-Assistant', 'Team Assistant', 'Approver', 'Accountant']);
    // A pool whose one lane has no name is just the pool: nothing is lost, nothing to say.
    expect(messages(findings)).not.toMatch(/has no name/);
  });

  it('gives a pool with nested lanes its leaf lanes, the parent lane that lists the same activities making none', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <process id="bank" name="Bank">
    <laneSet id="ls">
      <lane id="front" name="Front office"><flowNodeRef>t1</flowNodeRef></lane>
      <lane id="back" name="Back office">
        <flowNodeRef>t2</flowNodeRef><flowNodeRef>t3</flowNodeRef>
        <childLaneSet id="cls">
          <lane id="credit" name="Credit"><flowNodeRef>t2</flowNodeRef></lane>
          <lane id="risk" name="Risk"><flowNodeRef>t3</flowNodeRef></lane>
        </childLaneSet>
      </lane>
    </laneSet>
    <task id="t1" name="Take the application"/><task id="t2" name="Check the income"/><task id="t3" name="Score the risk"/>
    <sequenceFlow id="f1" sourceRef="t1" targetRef="t2"/><sequenceFlow id="f2" sourceRef="t2" targetRef="t3"/>
  </process>
</definitions>`;
    const read = await readBpmn(new TextEncoder().encode(xml), 'loan.bpmn');
    if (!read.ok) expect.fail(JSON.stringify(read.problems));
    const { map } = buildBpmnMap(read.model, defaultBpmnOptions(read.model));
    expect(map.lanes.map((lane) => lane.title)).toEqual(['Front office', 'Credit', 'Risk']);
    expect(titlesIn(map, 'Credit')).toEqual(['Check the income']);
    expect(titlesIn(map, 'Risk')).toEqual(['Score the risk']);
  });

  it('cuts a name longer than a title may be, so the map saves and opens again, and says so', async () => {
    const read = await model('home-insurance-claim.bpmn');
    const long: BpmnModel = { ...read, nodes: read.nodes.map((node) => (node.id === 'i1' ? { ...node, name: 'Register '.repeat(300) } : node)) };
    const { map, findings } = buildBpmnMap(long, defaultBpmnOptions(long));
    expect(map.steps.find((step) => step.source?.id === 'i1')!.title).toHaveLength(2000);
    expect(parse(serialise(map)).ok).toBe(true);
    expect(messages(findings)).toMatch(/A name is longer than 2,000 characters, the most a title may have; it was cut there\./);
  });

  it('names pools without a name after their place, in one finding', async () => {
    const { map, findings } = await build('miwg-B.2.0-bizagi.bpmn');
    expect(map.lanes.map((lane) => lane.title).slice(0, 2)).toEqual(['Pool 1', 'Pool 2']);
    expect(messages(findings)).toMatch(/^2 pools have no name in the file; their lanes are called by their place: “Pool 1”, “Pool 2”\.$/m);
  });

  it('orders vertical pools along their own direction', async () => {
    const { map } = await build('miwg-A.4.1-vertical-pools.bpmn');
    expect(map.lanes.map((lane) => lane.title)).toEqual(['Lane 1', 'Lane 2', 'Lane 3']);
    expect(titlesIn(map, 'Lane 1')).toEqual(['Task 1', 'Task 2']);
    expect(stepCalled(map, 'Task 1').column).toBeLessThan(stepCalled(map, 'Task 2').column);
  });

  it('shows an expanded sub-process as its inner activities or as one step, as chosen', async () => {
    const expanded = await build('miwg-C.2.0-reference.bpmn', { subprocesses: 'expand' });
    const collapsed = await build('miwg-C.2.0-reference.bpmn', { subprocesses: 'collapse' });
    expect(titlesIn(expanded.map, 'Customer')).toContain('Pay Order');
    expect(titlesIn(collapsed.map, 'Customer')).toContain('Checkout');
    expect(titlesIn(collapsed.map, 'Customer')).not.toContain('Pay Order');
    // A sub-process drawn collapsed is one step either way.
    expect(titlesIn((await build('miwg-A.3.0-collapsed.bpmn')).map, 'miwg-A.3.0-collapsed')).toContain('Collapsed Sub-Process');
  });

  it('names the loops, whose steps may repeat', async () => {
    const { findings } = await build('home-insurance-claim.bpmn');
    expect(messages(findings)).toMatch(/The flow loops back to “Check the policy”: the steps “Check the policy”, “Visit the house”, “Write the assessment” may repeat\./);
  });

  it('leaves unticked pools and lanes out, with their columns', async () => {
    const read = await model('home-insurance-claim.bpmn');
    const { map } = buildBpmnMap(read, { ...defaultBpmnOptions(read), excludedIds: ['assessor', 'payments'] });
    expect(map.lanes.map((lane) => lane.title)).toEqual(['Customer', 'Claims desk']);
    expect(map.steps.some((step) => step.title === 'Visit the house')).toBe(false);
  });

  it('keeps where each lane and step came from', async () => {
    const { map } = await build('home-insurance-claim.bpmn');
    expect(map.lanes[1]!.source).toEqual({ kind: 'bpmn', id: 'desk', file: 'home-insurance-claim.bpmn' });
    expect(stepCalled(map, 'Register claim').source).toEqual({ kind: 'bpmn', id: 'i1', file: 'home-insurance-claim.bpmn' });
  });

  it('makes the contact moments of a black-box customer its journey', async () => {
    const read = await model('home-insurance-claim.bpmn');
    const blackBox: BpmnModel = {
      ...read,
      pools: read.pools.map((pool) => (pool.id === 'p_customer' ? { ...pool, processId: null } : pool)),
      nodes: read.nodes.filter((node) => node.poolId !== 'p_customer'),
      messageFlows: read.messageFlows.map((flow) => ({ ...flow, sourceId: flow.sourceId.startsWith('c') ? 'p_customer' : flow.sourceId, targetId: flow.targetId.startsWith('c') ? 'p_customer' : flow.targetId })),
    };
    expect(guessCustomerPool(blackBox)?.id).toBe('p_customer');
    const { map, summary } = buildBpmnMap(blackBox, defaultBpmnOptions(blackBox));
    expect(titlesIn(map, 'Customer')).toEqual(['Claim reported by phone', 'Photos', 'Visit', 'Decision letter', 'Payment']);
    expect(summary.touchpoints).toBe(5);
  });
});
