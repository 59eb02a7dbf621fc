import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../../shared/format/importers';
import { mapToMermaid } from '../../../../../shared/format/mermaid/mapToMermaid';
import type { JourneyMap, Stage, Step } from '../../../../../shared/model/journeyMap';

/** A title as Mermaid can carry it: one line, no spaces at its ends, no HTML line break (Mermaid draws those). */
const title = fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() === text && text !== '' && !/<\/?br/i.test(text));

const journeyMap = fc
  .record({
    title: fc.option(title, { nil: '' }),
    sections: fc.array(fc.record({ title, tasks: fc.array(fc.record({ title, emotion: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }) }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ title: mapTitle, sections }): JourneyMap => {
    const stages: Stage[] = [];
    const steps: Step[] = [];
    for (const section of sections) {
      const from = steps.length;
      for (const task of section.tasks) steps.push({ id: `s${steps.length}`, laneId: 'j', title: task.title, column: steps.length, span: 1, ...(task.emotion === undefined ? {} : { emotion: task.emotion }) });
      stages.push({ id: `g${stages.length}`, title: section.title, fromColumn: from, toColumn: steps.length - 1 });
    }
    return { id: 'm', title: mapTitle, stages, lanes: [{ id: 'j', kind: 'journey', title: 'Customer' }], steps };
  });

describe('a map through Mermaid and back', () => {
  it('keeps the journey’s title, its stages and each step’s title and emotion (none reads back as neutral)', async () => {
    await fc.assert(
      fc.asyncProperty(journeyMap, async (map) => {
        const back = await importFile(new TextEncoder().encode(mapToMermaid(map)), 'journey.mmd');
        if (!back.ok) throw new Error(back.problems[0]!.message);
        expect(back.map.title).toBe(map.title === '' ? 'journey' : map.title);
        expect(back.map.stages.map((stage) => [stage.title, stage.fromColumn, stage.toColumn])).toEqual(map.stages.map((stage) => [stage.title, stage.fromColumn, stage.toColumn]));
        expect(back.map.steps.map((step) => [step.title, step.column, step.emotion])).toEqual(map.steps.map((step) => [step.title, step.column, step.emotion ?? 0]));
      }),
      { numRuns: 300 },
    );
  });
});
