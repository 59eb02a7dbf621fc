import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, importerFor, type ImportedFile } from '../../../../../shared/format/importers';
import { mermaidImporter } from '../../../../../shared/format/importers/mermaidImporter';
import { mapToMermaid } from '../../../../../shared/format/mermaid/mapToMermaid';
import { parseMermaidJourney } from '../../../../../shared/format/mermaid/parseMermaidJourney';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { FIXTURES } from '../../../support/fixtures';

const fixture = (file: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, 'mermaid', file)));
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const opened = (result: ImportedFile) => {
  if (!result.ok) expect.fail(JSON.stringify(result.problems));
  expect(result.importer).toBe(mermaidImporter);
  return result;
};
const laneOf = (map: JourneyMap, title: string) => map.lanes.find((lane) => lane.title === title)!;
const titlesIn = (map: JourneyMap, laneTitle: string) =>
  map.steps
    .filter((step) => step.laneId === laneOf(map, laneTitle).id)
    .sort((a, b) => a.column - b.column)
    .map((step) => step.title);

describe('a Mermaid journey', () => {
  it('opens the working day of Mermaid’s own docs: sections as stages, tasks in order, scores as emotions, the first actor the persona and the others context lanes', async () => {
    const { map, findings } = opened(await importFile(fixture('working-day.mmd'), 'working-day.mmd'));
    expect(map.title).toBe('My working day');
    expect(map.stages.map((stage) => [stage.title, stage.fromColumn, stage.toColumn])).toEqual([
      ['Go to work', 0, 2],
      ['Go home', 3, 4],
    ]);
    expect(titlesIn(map, 'Me')).toEqual(['Make tea', 'Go upstairs', 'Do work', 'Go downstairs', 'Sit down']);
    expect(map.steps.filter((step) => step.laneId === laneOf(map, 'Me').id).map((step) => step.emotion)).toEqual([2, 0, -2, 2, 2]);
    expect(laneOf(map, 'Me').kind).toBe('journey');
    expect(map.personas).toEqual([{ id: laneOf(map, 'Me').personaId, name: 'Me' }]);
    expect(laneOf(map, 'Cat').kind).toBe('context');
    expect(map.steps.filter((step) => step.laneId === laneOf(map, 'Cat').id).map((step) => [step.title, step.column])).toEqual([['Do work', 2]]);
    expect(findings).toEqual([]);
  });

  it('reads the tasks of Mermaid’s parser test: tasks without actors, an empty actor list, actors in another order', async () => {
    const { map } = opened(await importFile(fixture('documentation-tasks.mmd'), 'documentation-tasks.mmd'));
    expect(laneOf(map, 'Alice').kind).toBe('journey');
    expect(titlesIn(map, 'Alice')).toEqual(['A task', 'B task', 'C task', 'D task', 'E task', 'P task', 'Q task', 'R task']);
    expect(titlesIn(map, 'Bob')).toEqual(['A task', 'B task']);
    expect(titlesIn(map, 'Charlie')).toEqual(['A task', 'B task', 'D task']);
    expect(map.stages.map((stage) => stage.title)).toEqual(['Documentation', 'Another section']);
  });

  it('reads past accessibility titles and a description over several lines, with the title on the brace’s line', () => {
    const parsed = parseMermaidJourney(new TextDecoder().decode(fixture('accessibility.mmd')));
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
    expect(parsed.journey.title).toBe('Adding journey diagram functionality to mermaid');
    expect(parsed.journey.sections).toEqual([{ title: 'Order from website', tasks: [] }]);
    expect(parsed.journey.findings).toEqual([]);
  });

  it('takes front matter, comments, directives and a Markdown fence around the diagram', () => {
    const text = ['```mermaid', '---', 'title: "Claim a repair"', 'config:', '  theme: forest', '---', '%%{init: {"theme": "dark"}}%%', 'journey', '  %% the customer', '  section Storm', '    Roof leaks: 1: Homeowner # soaked', '```', ''].join('\n');
    const parsed = parseMermaidJourney(text);
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
    expect(parsed.journey).toEqual({ title: 'Claim a repair', sections: [{ title: 'Storm', tasks: [{ title: 'Roof leaks', score: 1, actors: ['Homeowner'] }] }], findings: [] });
    expect(importerFor(bytesOf(text), 'README-block.txt')).toBe(mermaidImporter);
  });

  it('names a score outside 1…5 and a line that is not a task as findings, never turning them into steps silently', () => {
    const parsed = parseMermaidJourney('journey\nsection Buy\n  Pay: 7: Me\n  Pay again: three: Me\n  This line has no colon\n  Leave: 2: Me\n');
    if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
    expect(parsed.journey.sections[0]!.tasks.map((task) => [task.title, task.score])).toEqual([
      ['Pay', null],
      ['Pay again', null],
      ['Leave', 2],
    ]);
    expect(parsed.journey.findings.map((finding) => finding.message)).toEqual([
      'Line 3: the score "7" of "Pay" is not a whole number from 1 to 5; the step has no emotion.',
      'Line 4: the score "three" of "Pay again" is not a whole number from 1 to 5; the step has no emotion.',
      'Line 5: "This line has no colon" is not a task (a task is "Name: score: Actor, Actor"); it was left out.',
    ]);
  });

  it('refuses what is not a journey, and a journey with no tasks', async () => {
    const flowchart = await importFile(bytesOf('flowchart LR\n  A --> B\n'), 'chart.mmd');
    expect(flowchart.ok).toBe(false);
    if (!flowchart.ok) expect(flowchart.problems[0]!.message).toBe('This is not a Mermaid journey: it starts with "flowchart LR", not "journey".');
    const empty = await importFile(fixture('accessibility.mmd'), 'accessibility.mmd');
    if (empty.ok) expect.fail('a journey without tasks opened');
    expect(empty.problems[0]!.message).toBe('The Mermaid journey has no tasks: there is nothing to make a map of.');
  });

  it('is known by its content under any name and by .mmd or .mermaid otherwise, never claiming a flowchart by content', () => {
    expect(mermaidImporter.sniff(fixture('working-day.mmd'), 'notes.txt')).toBe('content');
    expect(mermaidImporter.sniff(bytesOf('flowchart LR'), 'chart.MMD')).toBe('name');
    expect(mermaidImporter.sniff(bytesOf('flowchart LR'), 'chart.mermaid')).toBe('name');
    expect(mermaidImporter.sniff(bytesOf('flowchart LR'), 'chart.txt')).toBe('no');
    expect(mermaidImporter.suggestName('working-day.mmd')).toBe('working-day.journey');
  });
});

describe('a map as a Mermaid journey', () => {
  it('writes the journey: the title, stages as sections, emotions as scores, the persona as actor and context lanes alongside', async () => {
    const { map } = opened(await importFile(fixture('working-day.mmd'), 'working-day.mmd'));
    expect(mapToMermaid(map)).toBe(
      ['journey', '  title My working day', '  section Go to work', '    Make tea: 5: Me', '    Go upstairs: 3: Me', '    Do work: 1: Me, Cat', '  section Go home', '    Go downstairs: 5: Me', '    Sit down: 5: Me', ''].join('\n'),
    );
  });

  it('keeps titles that hold Mermaid’s own marks, and a step titled like a statement, through a round trip', async () => {
    const map: JourneyMap = {
      id: 'm',
      title: 'Claims: #1; the roof',
      stages: [{ id: 'g', title: 'Buy: now', fromColumn: 0, toColumn: 1 }],
      lanes: [{ id: 'j', kind: 'journey', title: 'Customer' }],
      steps: [
        { id: 'a', laneId: 'j', title: 'section 2: pay; #hash', column: 0, span: 1, emotion: -1 },
        { id: 'b', laneId: 'j', title: 'title of the claim', column: 1, span: 1 },
      ],
    };
    const text = mapToMermaid(map);
    const back = opened(await importFile(bytesOf(text), 'claims.mmd')).map;
    expect(back.title).toBe('Claims: #1; the roof');
    expect(back.stages.map((stage) => stage.title)).toEqual(['Buy: now']);
    expect(back.steps.map((step) => [step.title, step.emotion])).toEqual([
      ['section 2: pay; #hash', -1],
      ['title of the claim', 0],
    ]);
  });
});
