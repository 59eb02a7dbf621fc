import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { parse } from '../../../../shared/format/parse';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { reportContent } from '../../../../shared/report/reportContent';
import { examples, loaded } from '../../support/fixtures';

const contentOf = (map: JourneyMap, date = '2026-11-22') => reportContent(map, analyseCoverage(map), date);

describe('reportContent of the examples', () => {
  for (const example of examples()) {
    describe(example.name, () => {
      const map = loaded(parse(example.journey));
      const expected = example.expected as ReturnType<typeof analyseCoverage>;
      const content = contentOf(map);
      const titleOf = (id: string) => map.steps.find((step) => step.id === id)!.title;

      it('puts the title, the written-out date and one headline per journey lane on the cover', () => {
        expect(content.cover.title).toBe(map.title);
        expect(content.cover.date).toBe('22 November 2026');
        expect(content.cover.headlines).toHaveLength(expected.lanes.length);
        const lane = expected.lanes[0]!;
        expect(content.cover.headlines[0]!.sentence).toBe(
          `The organisation accompanies ${lane.covered} of ${lane.steps} steps (${Math.round(lane.coverage! * 1000) / 10}\u00a0%) of the customer’s journey.`,
        );
      });

      it('sums the journey steps, touchpoints, gaps and unanchored process steps for the cover', () => {
        const sum = (count: (lane: (typeof expected.lanes)[number]) => number) => expected.lanes.reduce((total, lane) => total + count(lane), 0);
        expect(content.cover.facts.map((fact) => fact.value)).toEqual([
          sum((lane) => lane.steps),
          sum((lane) => lane.covered),
          sum((lane) => lane.gaps.length),
          expected.unanchoredProcessStepIds.length,
        ]);
        expect(content.cover.facts.map((fact) => fact.label)).toEqual(['journey steps', 'touchpoints', expect.stringMatching(/^gaps?$/), 'unanchored process step']);
      });

      it('lists every gap of the analysis, most severe first, with its kind, its step titles, its columns and its company', () => {
        const rows = content.coverage;
        expect(rows.map((row) => row.laneId)).toEqual(expected.lanes.map((lane) => lane.laneId));
        expected.lanes.forEach((lane, index) => {
          const row = rows[index]!;
          const gaps = [...lane.gaps].sort((a, b) => b.severity - a.severity);
          expect(row.coverage).toBe(`${Math.round(lane.coverage! * 1000) / 10}\u00a0%`);
          expect(row.gaps.map((gap) => gap.severity)).toEqual(gaps.map((gap) => gap.severity.toFixed(1)));
          expect(row.gaps.map((gap) => gap.kind)).toEqual(gaps.map((gap) => gap.kind));
          expect(row.gaps.map((gap) => gap.stepTitles)).toEqual(gaps.map((gap) => gap.stepIds.map(titleOf)));
          expect(row.gaps.map((gap) => gap.columns)).toEqual(
            gaps.map((gap) => (gap.fromColumn === gap.toColumn ? `${gap.fromColumn + 1}` : `${gap.fromColumn + 1}–${gap.toColumn + 1}`)),
          );
        });
      });

      it('lists the unanchored process steps with their lanes', () => {
        expect(content.unanchored.map((row) => row.stepTitle)).toEqual(expected.unanchoredProcessStepIds.map(titleOf));
      });

      it('has every step in the step table, under its lane, in column order', () => {
        const tabled = content.laneTables.flatMap((table) => table.rows.map((row) => row.stepId));
        expect([...tabled].sort()).toEqual(map.steps.map((step) => step.id).sort());
        for (const table of content.laneTables) {
          const columns = table.rows.map((row) => map.steps.find((step) => step.id === row.stepId)!.column);
          expect(columns).toEqual([...columns].sort((a, b) => a - b));
          for (const row of table.rows) expect(map.steps.find((step) => step.id === row.stepId)!.laneId).toBe(table.laneId);
        }
      });

      it('marks journey steps as touchpoints or by their gap, process steps as inside-out or not', () => {
        const gapped = new Set(expected.lanes.flatMap((lane) => lane.gaps.flatMap((gap) => gap.stepIds)));
        const unanchored = new Set(expected.unanchoredProcessStepIds);
        for (const table of content.laneTables) {
          for (const row of table.rows) {
            if (table.kind === 'journey') expect(row.standing).toBe(gapped.has(row.stepId) ? 'gap' : 'touchpoint');
            if (table.kind === 'process') expect(row.standing).toBe(unanchored.has(row.stepId) ? 'unanchored' : 'anchored');
          }
        }
      });
    });
  }

  it('names who accompanies the customer in a gap, or nobody', () => {
    const home = loaded(parse(examples().find((example) => example.name === 'home-insurance-claim')!.journey));
    const [before, after] = contentOf(home).coverage[0]!.gaps;
    expect(before!.accompaniedBy).toBe('Neighbour helps tarp the roof');
    expect(after!.accompaniedBy).toBe("Roofers' quotes");
    const b2b = loaded(parse(examples().find((example) => example.name === 'b2b-services')!.journey));
    expect(contentOf(b2b).coverage[0]!.gaps.map((gap) => gap.accompaniedBy)).toEqual(['nobody', 'nobody', 'nobody']);
  });

  it('gives each gap its severity as the Gaps panel and analyze write it', () => {
    const home = loaded(parse(examples().find((example) => example.name === 'home-insurance-claim')!.journey));
    expect(contentOf(home).coverage[0]!.gaps.map((gap) => gap.severity)).toEqual(['7.0', '4.0']);
  });

  it('draws the home-insurance emotion curve with its two lowest points, and no curve for a map without emotions', () => {
    const home = loaded(parse(examples().find((example) => example.name === 'home-insurance-claim')!.journey));
    const [curve] = contentOf(home).emotionCurves;
    expect(curve!.steps.map((step) => step.inGap)).toEqual([true, true, true, false, false, false, false, true, true, true]);
    expect(curve!.points.map((point) => point.emotion)).toEqual([-2, -1, -1, 0, -2, 1, 1, -1, 1, 0]);
    expect(curve!.points.filter((point) => point.lowest).map((point) => point.title)).toEqual(['Storm damages the roof', 'Waits for the assessor']);
    const b2b = loaded(parse(examples().find((example) => example.name === 'b2b-services')!.journey));
    expect(contentOf(b2b).emotionCurves).toEqual([]);
    expect(contentOf(b2b).painPoints).toEqual([]);
    expect(contentOf(b2b).opportunities).toEqual([]);
  });
});

/** A small map with the method's fields: personas, pain points, opportunities, step details. */
const METHOD_MAP: JourneyMap = {
  id: 'm',
  title: 'Renewal',
  client: 'Acme Insurance',
  author: 'R. Consultant',
  personas: [
    { id: 'p-dana', name: 'Dana Whitfield', description: 'Owns a terraced house', goals: ['Fair price'], frustrations: ['Jargon', ' '], colour: '#7a4e8c' },
    { id: 'p-sam', name: 'Sam the tenant' },
    { id: 'p-lee', name: 'Lee, nobody walks' },
  ],
  opportunities: [
    { id: 'o1', title: 'Send a reminder', target: { kind: 'gap', stepId: 'j1' }, status: 'planned', owner: 'Marketing', due: '2027-01-15' },
    { id: 'o2', title: 'Explain the price', target: { kind: 'step', stepId: 'j2' }, status: 'doing' },
    { id: 'o3', title: 'Keep in touch', target: { kind: 'gap', stepId: 'j2' }, status: 'idea' },
  ],
  stages: [],
  lanes: [
    { id: 'a', kind: 'journey', title: 'Home owner', personaId: 'p-dana' },
    { id: 'b', kind: 'journey', title: 'Tenant', personaId: 'p-sam' },
    { id: 'c', kind: 'journey', title: 'Landlord', personaId: 'p-dana' },
    { id: 'p', kind: 'process', title: 'Sales' },
  ],
  steps: [
    { id: 'j1', laneId: 'a', title: 'Gets the renewal letter', column: 0, span: 2, painPoints: ['Price went up', ''], emotion: -1, channels: ['post'], evidence: 'observed' },
    { id: 'j2', laneId: 'a', title: 'Calls', column: 2, span: 1, momentThatMatters: true, data: { customersPerMonth: 1200, duration: '5 min', satisfaction: 6 } },
    { id: 's1', laneId: 'p', title: 'Answer the call', column: 2, span: 1, owner: 'Call centre', system: 'CRM', duration: '4 min' },
    { id: 's2', laneId: 'p', title: 'Batch renewals', column: 9, span: 1 },
  ],
};

describe('reportContent of the method fields', () => {
  const content = contentOf(METHOD_MAP, '2027-03-01');

  it('puts client, author and each persona a journey lane walks once on the cover', () => {
    expect(content.cover).toMatchObject({ client: 'Acme Insurance', author: 'R. Consultant', date: '1 March 2027' });
    expect(content.cover.personas).toEqual([
      { key: 'persona:p-dana', name: 'Dana Whitfield', initials: 'DW', colour: '#7a4e8c', description: 'Owns a terraced house', goals: ['Fair price'], frustrations: ['Jargon'], laneTitles: ['Home owner', 'Landlord'] },
      { key: 'persona:p-sam', name: 'Sam the tenant', initials: 'ST', goals: [], frustrations: [], laneTitles: ['Tenant'] },
    ]);
    expect(content.cover.headlines.map((headline) => headline.sentence)).toEqual([
      'The organisation accompanies 1 of 2 steps (50\u00a0%) of the customer’s journey.',
      'This journey has no steps yet.',
      'This journey has no steps yet.',
    ]);
  });

  it('lists pain points per step and leaves empty ones out', () => {
    expect(content.painPoints).toEqual([{ stepId: 'j1', laneTitle: 'Home owner', stepTitle: 'Gets the renewal letter', columns: '1–2', painPoints: ['Price went up'] }]);
  });

  it('names each opportunity’s target gap or step, with owner, status and due date in words', () => {
    expect(content.opportunities.map(({ target, owner, statusLabel, due }) => ({ target, owner, statusLabel, due }))).toEqual([
      { target: 'Before gap: Gets the renewal letter (columns 1–2)', owner: 'Marketing', statusLabel: 'Planned', due: '15 January 2027' },
      { target: 'Step: Calls (column 3)', owner: '—', statusLabel: 'In progress', due: '—' },
      { target: 'Gap at Calls, now covered', owner: '—', statusLabel: 'Idea', due: '—' },
    ]);
  });

  it('prints the method fields of journey and process steps in the step table', () => {
    const rows = new Map(content.laneTables.flatMap((table) => table.rows.map((row) => [row.stepId, row])));
    expect(rows.get('j1')!.details).toEqual([
      { label: 'Emotion', value: '\u22121' },
      { label: 'Evidence', value: 'Observed' },
      { label: 'Channels', value: 'post' },
    ]);
    expect(rows.get('j2')!.details).toEqual([
      { label: 'Moment that matters', value: 'yes' },
      { label: 'Customers a month', value: '1,200' },
      { label: 'Duration', value: '5 min' },
      { label: 'Satisfaction', value: '6/10' },
    ]);
    expect(rows.get('s1')!.details).toEqual([
      { label: 'Owner', value: 'Call centre' },
      { label: 'System', value: 'CRM' },
      { label: 'Takes', value: '4 min' },
    ]);
    expect(rows.get('s2')).toMatchObject({ standing: 'unanchored', standingLabel: 'Inside-out' });
    expect(content.unanchored).toEqual([{ stepId: 's2', laneTitle: 'Sales', stepTitle: 'Batch renewals', columns: '10' }]);
  });
});
