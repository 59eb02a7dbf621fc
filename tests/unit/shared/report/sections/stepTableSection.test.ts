import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { reportIndex } from '../../../../../shared/report/sections/reportIndex';
import { stepTableSection } from '../../../../../shared/report/sections/stepTableSection';

const MAP: JourneyMap = {
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [
    { id: 'cust', kind: 'journey', title: 'Customer' },
    { id: 'friends', kind: 'context', title: '' },
    { id: 'claims', kind: 'process', title: 'Claims' },
  ],
  steps: [
    { id: 'c2', laneId: 'cust', title: 'Waits', column: 1, span: 1, evidence: 'assumed', emotion: 2 },
    { id: 'c1', laneId: 'cust', title: 'Calls', column: 0, span: 1 },
    { id: 'f1', laneId: 'friends', title: 'Neighbour helps', column: 1, span: 1 },
    { id: 'p1', laneId: 'claims', title: 'Answer', column: 0, span: 1, owner: ' ' },
  ],
};

const tables = () => stepTableSection(MAP, analyseCoverage(MAP), reportIndex(MAP, analyseCoverage(MAP)));

describe('stepTableSection', () => {
  it('puts each lane in map order, its steps in column order, with their standing in words', () => {
    expect(tables().map((table) => [table.title, table.rows.map((row) => [row.title, row.standingLabel])])).toEqual([
      ['Customer', [['Calls', 'Touchpoint'], ['Waits', 'Gap: After']]],
      ['friends', [['Neighbour helps', '']]],
      ['Claims', [['Answer', 'Meets the journey']]],
    ]);
  });

  it('writes the method fields in words and leaves blank ones out', () => {
    const [customer, , claims] = tables();
    expect(customer!.rows[1]!.details).toEqual([
      { label: 'Emotion', value: '+2' },
      { label: 'Evidence', value: 'Assumed' },
    ]);
    expect(claims!.rows[0]!.details).toEqual([]);
  });
});
