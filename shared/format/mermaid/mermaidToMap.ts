import type { JourneyMap, Lane, Stage, Step } from '../../model/journeyMap';
import type { Persona } from '../../model/persona';
import type { Problem } from '../problem';
import { SCORE_MAX, SCORE_MIN, type MermaidJourney } from './mermaidJourney';

/** The emotion a score stands for: 1…5 → −2…+2. */
export const emotionOfScore = (score: number): number => score - (SCORE_MIN + SCORE_MAX) / 2;

/**
 * A Mermaid journey as a map: each task a journey step in order, one column each; sections the
 * stages; the first actor the journey lane's persona (and its title), every other actor a context
 * lane with a step in the columns of the tasks they take part in.
 */
export function mermaidToMap(journey: MermaidJourney, fileTitle: string): { map: JourneyMap; findings: readonly Problem[] } {
  const tasks = journey.sections.flatMap((section) => section.tasks);
  const main = tasks.find((task) => task.actors.length > 0)?.actors[0] ?? null;
  const personas: Persona[] = main === null ? [] : [{ id: 'persona-1', name: main }];
  const journeyLane: Lane = { id: 'journey', kind: 'journey', title: main ?? 'Customer', ...(main === null ? {} : { personaId: 'persona-1' }) };
  const contextLanes = new Map<string, Lane>();
  const steps: Step[] = [];
  const stages: Stage[] = [];
  const findings: Problem[] = [...journey.findings];
  let column = 0;
  for (const section of journey.sections) {
    const first = column;
    for (const task of section.tasks) {
      steps.push({ id: `step-${column + 1}`, laneId: journeyLane.id, title: task.title, column, span: 1, ...(task.score === null ? {} : { emotion: emotionOfScore(task.score) }) });
      for (const actor of task.actors) {
        if (actor === main) continue;
        let lane = contextLanes.get(actor);
        if (!lane) contextLanes.set(actor, (lane = { id: `context-${contextLanes.size + 1}`, kind: 'context', title: actor }));
        steps.push({ id: `${lane.id}-${column + 1}`, laneId: lane.id, title: task.title, column, span: 1 });
      }
      column++;
    }
    if (section.title === null) continue;
    if (column === first) findings.push({ path: '$', message: `The section "${section.title}" has no tasks; it was left out.` });
    else stages.push({ id: `stage-${stages.length + 1}`, title: section.title, fromColumn: first, toColumn: column - 1 });
  }
  return {
    map: { id: 'map', title: journey.title ?? fileTitle, ...(personas.length > 0 ? { personas } : {}), stages, lanes: [journeyLane, ...contextLanes.values()], steps },
    findings,
  };
}
