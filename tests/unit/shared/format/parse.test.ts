import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, parse, parseBytes } from '../../../../shared/format/parse';
import { examples, loaded, problemsOf } from '../../support/fixtures';

const file = (map: unknown, envelope: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'outside-in.journey', version: 1, map, ...envelope });

const validMap = {
  id: 'm',
  title: 'Small',
  lanes: [
    { id: 'cust', kind: 'journey', title: 'Customer' },
    { id: 'ops', kind: 'process', title: 'Operations' },
  ],
  steps: [
    { id: 's1', laneId: 'cust', title: 'Looks around', column: 0 },
    { id: 'p1', laneId: 'ops', title: 'Answers', column: 1, span: 2 },
  ],
};

/** A copy of the valid map with one step's fields replaced. */
const withStep = (fields: Record<string, unknown>): unknown => ({
  ...validMap,
  steps: [{ ...validMap.steps[0], ...fields }, validMap.steps[1]],
});

const onlyProblem = (text: string): { path: string; message: string } => {
  const problems = problemsOf(parse(text));
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('parse', () => {
  it.each(examples())('reads the example $name', ({ journey }) => {
    const map = loaded(parse(journey));
    expect(map.lanes.length).toBeGreaterThan(0);
    expect(map.steps.every((step) => step.span >= 1)).toBe(true);
  });

  it('fills defaults: span 1, empty titles, no stages', () => {
    const map = loaded(parse(file({ id: 'm', lanes: [{ id: 'l', kind: 'journey' }], steps: [{ id: 's', laneId: 'l', column: 3 }] })));
    expect(map.steps[0]).toEqual({ id: 's', laneId: 'l', title: '', column: 3, span: 1 });
    expect(map.lanes[0]!.title).toBe('');
    expect(map.stages).toEqual([]);
    expect(map.title).toBe('');
  });

  it('keeps fields it does not know, at every level', () => {
    const map = loaded(
      parse(
        file(
          {
            ...validMap,
            theme: { accent: 'teal' },
            lanes: [{ ...validMap.lanes[0], band: 'wide' }, validMap.lanes[1]],
            steps: [{ ...validMap.steps[0], emotion: -2, painPoints: ['slow'] }, validMap.steps[1]],
            stages: [{ id: 'st', title: 'Aware', fromColumn: 0, toColumn: 1, colour: 'grey' }],
          },
          { savedBy: 'Outside-In 9' },
        ),
      ),
    );
    expect(map).toMatchObject({ theme: { accent: 'teal' }, envelopeExtras: { savedBy: 'Outside-In 9' } });
    expect(map.lanes[0]).toMatchObject({ band: 'wide' });
    expect(map.steps[0]).toMatchObject({ emotion: -2, painPoints: ['slow'] });
    expect(map.stages[0]).toMatchObject({ colour: 'grey' });
  });

  it('accepts a byte-order mark', () => {
    expect(parse(`\ufeff${file(validMap)}`).ok).toBe(true);
  });

  describe('refuses, with a path and a plain sentence,', () => {
    it('an empty file', () => {
      expect(onlyProblem('')).toEqual({ path: '$', message: 'The file is empty.' });
      expect(onlyProblem('  \n\t')).toEqual({ path: '$', message: 'The file is empty.' });
    });

    it('text that is not JSON, naming line and column', () => {
      const problem = onlyProblem('{\n  "format": "outside-in.journey",\n  oops\n}');
      expect(problem.path).toBe('$');
      expect(problem.message).toMatch(/^The file is not valid JSON at line 3, column 3: /);
      expect(onlyProblem('hello').message).toMatch(/^The file is not valid JSON.*: Unexpected token 'h'\.$/);
      expect(onlyProblem('Call the assessor tomorrow').message).toMatch(/^The file is not valid JSON[^"]*: Unexpected token 'C'\.$/);
    });

    it('JSON that is not an object', () => {
      expect(onlyProblem('[1,2]').message).toBe('The file holds JSON, but not an Outside-In map (found a list where an object with "format": "outside-in.journey" belongs).');
      expect(onlyProblem('42').message).toContain('found 42');
    });

    it('another format, or none', () => {
      expect(onlyProblem('{"format":"drawio"}')).toEqual({
        path: '$.format',
        message: 'This is not an Outside-In map: the file has "format": "drawio", where "outside-in.journey" belongs.',
      });
      expect(onlyProblem('{"name":"x"}').message).toContain('has no "format" field');
    });

    it('a newer version, naming both versions', () => {
      const problem = onlyProblem(JSON.stringify({ format: 'outside-in.journey', version: 3, map: validMap }));
      expect(problem.path).toBe('$.version');
      expect(problem.message).toBe(
        'This map was saved in file-format version 3, which is newer than this Outside-In understands (version 2). Update Outside-In to open it.',
      );
    });

    it.each([0, -1, 1.5, '1', null])('version %j', (version) => {
      expect(onlyProblem(JSON.stringify({ format: 'outside-in.journey', version, map: validMap })).path).toBe('$.version');
    });

    it('a file without a map', () => {
      expect(onlyProblem(JSON.stringify({ format: 'outside-in.journey', version: 1 }))).toEqual({
        path: '$.map',
        message: 'The file has no map: "map" must be an object with lanes and steps (found nothing).',
      });
    });

    it('missing lanes or steps', () => {
      expect(onlyProblem(file({ id: 'm', steps: [] }))).toEqual({ path: '$.map.lanes', message: 'The map has no lanes; it must be a list of lanes.' });
    });

    it('a negative column', () => {
      expect(onlyProblem(file(withStep({ column: -1 })))).toEqual({
        path: '$.map.steps[0].column',
        message: 'The column of step "s1" is -1; it must be a whole number, 0 or more.',
      });
    });

    it('a fractional column', () => {
      expect(onlyProblem(file(withStep({ column: 2.5 })))).toEqual({
        path: '$.map.steps[0].column',
        message: 'The column of step "s1" is 2.5; it must be a whole number, 0 or more.',
      });
    });

    it('a column given as text', () => {
      expect(onlyProblem(file(withStep({ column: '2' }))).message).toBe('The column of step "s1" is "2"; it must be a whole number, 0 or more.');
    });

    it('a span below 1', () => {
      expect(onlyProblem(file(withStep({ span: 0 })))).toEqual({
        path: '$.map.steps[0].span',
        message: 'The span of step "s1" is 0; it must be a whole number, 1 or more.',
      });
    });

    it('an unknown lane kind', () => {
      const map = { ...validMap, lanes: [{ id: 'cust', kind: 'swimlane', title: 'Customer' }, validMap.lanes[1]] };
      expect(onlyProblem(file(map))).toEqual({
        path: '$.map.lanes[0].kind',
        message: 'The kind of lane "cust" is "swimlane"; it must be "journey", "process" or "context".',
      });
    });

    it('a lane owner that is not text', () => {
      const map = { ...validMap, lanes: [validMap.lanes[0], { ...validMap.lanes[1], owner: 7 }] };
      expect(onlyProblem(file(map)).path).toBe('$.map.lanes[1].owner');
    });

    it('a step in a lane that does not exist', () => {
      expect(onlyProblem(file(withStep({ laneId: 'custmer' })))).toEqual({
        path: '$.map.steps[0].laneId',
        message: 'Step "s1" is in lane "custmer", but the map has no lane with that id.',
      });
    });

    it('duplicate ids, across lanes, stages and steps', () => {
      expect(onlyProblem(file(withStep({ id: 'p1' })))).toEqual({
        path: '$.map.steps[1].id',
        message: 'The id "p1" of step 2 is already used by step 1; ids must be unique across the map.',
      });
      expect(onlyProblem(file(withStep({ id: 'ops' }))).message).toContain('already used by lane 2');
    });

    it('an empty id, and a step without one', () => {
      expect(onlyProblem(file(withStep({ id: '' }))).message).toBe('The id of step 1 is ""; it must be a non-empty text.');
      const map = { ...validMap, steps: [{ laneId: 'cust', column: 0 }] };
      expect(onlyProblem(file(map))).toEqual({ path: '$.map.steps[0].id', message: 'Step 1 has no id; it must be a non-empty text.' });
    });

    it('a step that is not an object', () => {
      const map = { ...validMap, steps: [7] };
      expect(onlyProblem(file(map))).toEqual({ path: '$.map.steps[0]', message: 'Step 1 must be an object with the fields of a step (found 7).' });
    });

    it('a stage that ends before it starts', () => {
      const map = { ...validMap, stages: [{ id: 'st', title: 'Buy', fromColumn: 4, toColumn: 2 }] };
      expect(onlyProblem(file(map))).toEqual({ path: '$.map.stages[0].toColumn', message: 'Stage "st" ends at column 2, before it starts at column 4.' });
    });

    it('several problems at once, but no more than a screenful', () => {
      const steps = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, laneId: 'cust', column: -1 }));
      const problems = problemsOf(parse(file({ ...validMap, steps })));
      expect(problems).toHaveLength(MAX_PROBLEMS);
      expect(problems[1]!.path).toBe('$.map.steps[1].column');
    });
  });
});

describe('parseBytes', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('reads UTF-8 text', () => {
    expect(loaded(parseBytes(encode(file({ ...validMap, title: 'Schadenmeldung – Übersicht' })))).title).toBe('Schadenmeldung – Übersicht');
  });

  it('refuses an empty file', () => {
    expect(problemsOf(parseBytes(new Uint8Array()))[0]!.message).toBe('The file is empty.');
  });

  it('refuses binary data', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(problemsOf(parseBytes(png))[0]!.message).toMatch(/not text/);
  });

  it('refuses text that is not UTF-8', () => {
    expect(problemsOf(parseBytes(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d])))[0]!.message).toMatch(/not UTF-8/);
  });
});
