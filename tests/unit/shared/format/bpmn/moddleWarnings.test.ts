import { describe, expect, it } from 'vitest';
import { judgeWarnings } from '../../../../../shared/format/bpmn/moddleWarnings';

const unresolved = (id: string) => ({ message: `unresolved reference <${id}>` });

describe('the warnings of the BPMN reader', () => {
  it('refuses a duplicate id, naming it', () => {
    const { problems } = judgeWarnings([{ message: 'duplicate ID <Task_1>' }]);
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining('The id “Task_1” is used by two elements of the file.')]);
  });

  it('names each element a few references point at but the file does not define', () => {
    const { problems, findings } = judgeWarnings([unresolved('a'), unresolved('a'), unresolved('b')]);
    expect(problems).toEqual([]);
    expect(findings.map((finding) => finding.message)).toEqual([
      '2 references to “a”, which the file does not define, were left out (a flow, lane entry or link that points nowhere).',
      'A reference to “b”, which the file does not define, was left out (a flow, lane entry or link that points nowhere).',
    ]);
  });

  it('says in one line when many elements are missing, naming the first three', () => {
    const { findings } = judgeWarnings(['a', 'b', 'c', 'd', 'e', 'e'].map(unresolved));
    expect(findings.map((finding) => finding.message)).toEqual([
      '6 references to 5 elements the file does not define (“a”, “b”, “c” and 2 more) were left out (flows, lane entries or links that point nowhere).',
    ]);
  });
});
