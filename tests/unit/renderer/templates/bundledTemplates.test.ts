import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { defaultStages } from '../../../../shared/edit/defaultStages';
import { parse } from '../../../../shared/format/parse';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { BLANK_TEMPLATE_ID, BUNDLED_TEMPLATES, EXAMPLE_TEMPLATES, templateTitle } from '../../../../renderer/templates/bundledTemplates';

const TEMPLATE_DIR = fileURLToPath(new URL('../../../../assets/templates/', import.meta.url));
const files = readdirSync(TEMPLATE_DIR).filter((name) => name.endsWith('.journey'));

const journeyStepsOf = (map: JourneyMap) => {
  const journey = new Set(map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id));
  return map.steps.filter((step) => journey.has(step.laneId));
};

describe('the bundled template files', () => {
  it.each(files)('%s loads and passes validation (schema and references)', (name) => {
    const result = parse(readFileSync(TEMPLATE_DIR + name, 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('are all bundled, the blank map first and the examples after it by title', () => {
    expect(BUNDLED_TEMPLATES.map((template) => `${template.id}.journey`).sort()).toEqual([...files].sort());
    expect(BUNDLED_TEMPLATES[0]?.id).toBe(BLANK_TEMPLATE_ID);
    const titles = EXAMPLE_TEMPLATES.map((template) => template.map.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    expect(EXAMPLE_TEMPLATES.map((template) => template.id).sort()).toEqual(['b2b-services', 'home-insurance-claim', 'retail-store-visit', 'saas-onboarding']);
  });

  it('have titles that fit a card and a one-line description each', () => {
    for (const template of BUNDLED_TEMPLATES) {
      expect(templateTitle(template).length, template.id).toBeLessThanOrEqual(60);
      expect(template.description.length, template.id).toBeGreaterThan(20);
      expect(template.description.length, template.id).toBeLessThanOrEqual(120);
    }
  });
});

describe('the blank template', () => {
  const blank = BUNDLED_TEMPLATES.find((template) => template.id === BLANK_TEMPLATE_ID)!.map;

  it('has the default stages, a customer lane and one process lane, and no steps', () => {
    expect(blank.stages).toEqual(defaultStages());
    expect(blank.lanes.map((lane) => [lane.kind, lane.title])).toEqual([
      ['journey', 'Customer'],
      ['process', 'Department'],
    ]);
    expect(blank.steps).toEqual([]);
    expect(blank.title).toBe('');
    expect(templateTitle(BUNDLED_TEMPLATES[0]!)).toBe('Blank map');
  });
});

describe.each(EXAMPLE_TEMPLATES.map((template) => [template.id, template.map] as const))('the example %s', (_id, map) => {
  const journeySteps = journeyStepsOf(map);
  const analysis = analyseCoverage(map);
  const gapKinds = analysis.lanes.flatMap((lane) => lane.gaps.map((gap) => gap.kind));

  it('analyses with a gap before the organisation and one after it', () => {
    expect(gapKinds).toContain('before');
    expect(gapKinds).toContain('after');
  });

  it('has a journey of 10 to 24 steps showing its emotion curve, context, 3 to 6 process lanes and the stages over them', () => {
    expect(journeySteps.length).toBeGreaterThanOrEqual(10);
    expect(journeySteps.length).toBeLessThanOrEqual(24);
    const journeyLanes = map.lanes.filter((lane) => lane.kind === 'journey');
    expect(journeyLanes).toHaveLength(1);
    expect(journeyLanes[0]!.showEmotionCurve).toBe(true);
    expect(map.lanes.some((lane) => lane.kind === 'context')).toBe(true);
    const processLanes = map.lanes.filter((lane) => lane.kind === 'process').length;
    expect(processLanes).toBeGreaterThanOrEqual(3);
    expect(processLanes).toBeLessThanOrEqual(6);
    expect(map.stages.length).toBeGreaterThanOrEqual(3);
    const lastJourneyColumn = Math.max(...journeySteps.map((step) => step.column + step.span - 1));
    expect(map.stages.at(-1)!.toColumn).toBeGreaterThanOrEqual(lastJourneyColumn);
  });

  it('names a persona with goals and frustrations on its journey lane, and leaves client and author to the consultant', () => {
    const journeyLane = map.lanes.find((lane) => lane.kind === 'journey')!;
    const persona = map.personas?.find((candidate) => candidate.id === journeyLane.personaId);
    expect(persona?.goals?.length).toBeGreaterThan(0);
    expect(persona?.frustrations?.length).toBeGreaterThan(0);
    expect(persona?.description).toBeTruthy();
    expect(map.client).toBeUndefined();
    expect(map.author).toBeUndefined();
  });

  it('records the method on the journey: emotions on most steps, moments that matter, pain points, channels, evidence and data', () => {
    expect(journeySteps.filter((step) => step.emotion !== undefined).length).toBeGreaterThan(journeySteps.length / 2);
    expect(journeySteps.some((step) => step.momentThatMatters === true)).toBe(true);
    expect(journeySteps.some((step) => (step.painPoints?.length ?? 0) > 0)).toBe(true);
    expect(journeySteps.some((step) => (step.channels?.length ?? 0) > 0)).toBe(true);
    expect(journeySteps.some((step) => step.evidence === 'assumed')).toBe(true);
    expect(journeySteps.some((step) => step.data?.customersPerMonth !== undefined)).toBe(true);
    expect(journeySteps.some((step) => step.data?.satisfaction !== undefined)).toBe(true);
  });

  it('gives its process steps owners and systems', () => {
    const processLanes = new Set(map.lanes.filter((lane) => lane.kind === 'process').map((lane) => lane.id));
    const processSteps = map.steps.filter((step) => processLanes.has(step.laneId));
    expect(processSteps.every((step) => step.owner !== undefined)).toBe(true);
    expect(processSteps.filter((step) => step.system !== undefined && step.duration !== undefined).length).toBeGreaterThan(processSteps.length / 2);
  });

  it('has 2 to 4 opportunities with owners and due dates, on gaps and on steps that exist', () => {
    const opportunities = map.opportunities ?? [];
    expect(opportunities.length).toBeGreaterThanOrEqual(2);
    expect(opportunities.length).toBeLessThanOrEqual(4);
    const gapSteps = new Set(analysis.lanes.flatMap((lane) => lane.gaps.flatMap((gap) => gap.stepIds)));
    const journeyIds = new Set(journeySteps.map((step) => step.id));
    for (const opportunity of opportunities) {
      const target = opportunity.target!;
      expect(journeyIds.has(target.stepId), opportunity.id).toBe(true);
      // A gap is named by one of its steps: that step must be in a gap now.
      if (target.kind === 'gap') expect(gapSteps.has(target.stepId), opportunity.id).toBe(true);
      expect(opportunity.owner).toBeTruthy();
      expect(opportunity.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(opportunities.map((opportunity) => opportunity.target?.kind))).toEqual(new Set(['gap', 'step']));
  });
});

describe('the B2B services example', () => {
  const map = EXAMPLE_TEMPLATES.find((template) => template.id === 'b2b-services')!.map;
  const lanes = analyseCoverage(map).lanes;

  it('runs from the first handshake to renewal through lead generation, sales, contracting, service turnover, support and invoicing', () => {
    expect(map.lanes.filter((lane) => lane.kind === 'process').map((lane) => lane.title)).toEqual([
      'Marketing (lead generation)',
      'Sales',
      'Legal and contracting',
      'Service delivery',
      'Support',
      'Finance',
    ]);
    const titles = map.steps.map((step) => step.title);
    for (const title of ['Service turnover from sales', 'Invoicing', 'Service desk ticket', 'Decides to renew or move on']) expect(titles).toContain(title);
    expect(journeyStepsOf(map).length).toBeGreaterThanOrEqual(16);
    expect(map.stages.map((stage) => stage.title)).toEqual(defaultStages().map((stage) => stage.title));
  });

  it('leaves the client alone before, between and after the organisation’s contact moments', () => {
    expect(lanes.flatMap((lane) => lane.gaps.map((gap) => gap.kind))).toEqual(['before', 'between', 'between', 'after']);
  });
});
