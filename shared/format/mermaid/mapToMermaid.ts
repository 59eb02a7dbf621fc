import type { JourneyMap, Lane, Stage, Step } from '../../model/journeyMap';
import { lastColumnOf } from '../../model/journeyMap';
import { SCORE_MAX, SCORE_MIN, mermaidText } from './mermaidJourney';

/** The score an emotion stands for: −2…+2 → 1…5; a step without an emotion is neutral. */
const scoreOf = (emotion: number | undefined): number => (emotion ?? 0) + (SCORE_MIN + SCORE_MAX) / 2;

/** Task text that would read as a statement (`section …`, `title …`) starts with its first letter as an entity code. */
function taskText(title: string): string {
  const text = mermaidText(title.trim()) || 'Untitled step';
  return /^(title|section|acc|journey|%%)/i.test(text) ? `#${text.codePointAt(0)};${text.slice(1)}` : text;
}

/**
 * The map's journey as a Mermaid `journey` diagram: the title, each stage a section, every journey
 * step a task in column order with its emotion as the score, the lane's persona (or its title) as
 * the actor, joined by each context lane that has a step in the task's columns.
 */
export function mapToMermaid(map: JourneyMap): string {
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const actorOf = (lane: Lane): string => map.personas?.find((persona) => persona.id === lane.personaId)?.name ?? lane.title;
  const journeySteps = map.steps
    .filter((step) => lanes.get(step.laneId)?.kind === 'journey')
    .map((step, order) => ({ step, order }))
    .sort((a, b) => a.step.column - b.step.column || map.lanes.indexOf(lanes.get(a.step.laneId)!) - map.lanes.indexOf(lanes.get(b.step.laneId)!) || a.order - b.order)
    .map(({ step }) => step);
  const context = map.steps.filter((step) => lanes.get(step.laneId)?.kind === 'context');
  const stageOf = (step: Step): Stage | undefined => map.stages.find((stage) => stage.fromColumn <= step.column && step.column <= stage.toColumn);
  const out = ['journey'];
  if (map.title.trim() !== '') out.push(`  title ${mermaidText(map.title.trim())}`);
  let current: Stage | undefined;
  for (const step of journeySteps) {
    const stage = stageOf(step);
    if (stage && stage !== current) out.push(`  section ${mermaidText(stage.title.trim()) || 'Untitled stage'}`);
    current = stage ?? current;
    const company = context.filter((other) => other.column <= lastColumnOf(step) && step.column <= lastColumnOf(other)).map((other) => lanes.get(other.laneId)!);
    const actors = [...new Set([actorOf(lanes.get(step.laneId)!), ...company.map((lane) => lane.title)].map((actor) => mermaidText(actor.trim()).replaceAll(',', '#44;')).filter((actor) => actor !== ''))];
    out.push(`    ${taskText(step.title)}: ${scoreOf(step.emotion)}${actors.length > 0 ? `: ${actors.join(', ')}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
