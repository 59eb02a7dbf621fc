import { describe, expect, it } from 'vitest';
import { duplicateSteps } from '../../../../shared/edit/steps';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import { loaded, problemsOf } from '../../support/fixtures';

const file = (source: unknown): string =>
  JSON.stringify({
    format: 'outside-in.journey',
    version: 2,
    map: {
      id: 'm',
      title: 'Claims',
      lanes: [{ id: 'desk', kind: 'process', title: 'Claims desk', source: { kind: 'bpmn', id: 'Lane_1', file: 'claims.bpmn' } }],
      steps: [{ id: 's1', laneId: 'desk', title: 'Register claim', column: 0, span: 1, source }],
    },
  });

describe('the source of an imported lane or step in the .journey file', () => {
  it('round-trips, with fields a newer version may add', () => {
    const source = { kind: 'bpmn', id: 'Task_1', file: 'claims.bpmn', revision: 3 };
    const map = loaded(parse(file(source)));
    expect(map.steps[0]!.source).toEqual(source);
    expect(map.lanes[0]!.source).toEqual({ kind: 'bpmn', id: 'Lane_1', file: 'claims.bpmn' });
    expect(loaded(parse(serialise(map)))).toEqual(map);
  });

  it('refuses a kind this version does not know and a source without its file', () => {
    expect(problemsOf(parse(file({ kind: 'visio', id: 'x', file: 'a.vsdx' })))[0]!.path).toBe('$.map.steps[0].source.kind');
    expect(problemsOf(parse(file({ kind: 'bpmn', id: 'Task_1', file: '' })))[0]!.path).toBe('$.map.steps[0].source.file');
  });

  it('is not copied to a duplicate: the copy is the person’s own, which a re-import leaves alone', () => {
    const map = loaded(parse(file({ kind: 'bpmn', id: 'Task_1', file: 'claims.bpmn' })));
    const copied = duplicateSteps(map, ['s1']);
    expect(copied.map.steps.find((step) => step.id === copied.stepIds[0])!.source).toBeUndefined();
  });
});
