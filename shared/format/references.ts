import type { JourneyMap } from '../model/journeyMap';
import { quoted } from './describe';
import { jsonPath, type Problem } from './problem';
import { voteProblems } from './voteReferences';

/**
 * Checks what a schema cannot see field by field: ids unique across lanes, stages, steps, personas
 * opportunities, notes and votes, every step's lane and every lane's persona exist, every stage's
 * range runs forwards, every opportunity acts on a step that exists (a journey step, for a gap),
 * and every dot of a vote is cast on something the map has.
 */
export function referenceProblems(map: JourneyMap): Problem[] {
  const problems: Problem[] = [];
  const firstUse = new Map<string, string>();
  const claim = (id: string, owner: string, path: (string | number)[]): void => {
    const earlier = firstUse.get(id);
    if (earlier === undefined) firstUse.set(id, owner);
    else problems.push({ path: jsonPath([...path, 'id']), message: `The id ${quoted(id)} of ${owner} is already used by ${earlier}; ids must be unique across the map.` });
  };
  map.lanes.forEach((lane, index) => claim(lane.id, `lane ${index + 1}`, ['map', 'lanes', index]));
  map.stages.forEach((stage, index) => claim(stage.id, `stage ${index + 1}`, ['map', 'stages', index]));
  map.steps.forEach((step, index) => claim(step.id, `step ${index + 1}`, ['map', 'steps', index]));
  (map.personas ?? []).forEach((persona, index) => claim(persona.id, `persona ${index + 1}`, ['map', 'personas', index]));
  (map.opportunities ?? []).forEach((opportunity, index) => claim(opportunity.id, `opportunity ${index + 1}`, ['map', 'opportunities', index]));
  (map.notes ?? []).forEach((note, index) => claim(note.id, `note ${index + 1}`, ['map', 'notes', index]));
  (map.votes ?? []).forEach((vote, index) => claim(vote.id, `vote ${index + 1}`, ['map', 'votes', index]));

  const laneIds = new Set(map.lanes.map((lane) => lane.id));
  map.steps.forEach((step, index) => {
    if (!laneIds.has(step.laneId)) {
      problems.push({
        path: jsonPath(['map', 'steps', index, 'laneId']),
        message: `Step ${quoted(step.id)} is in lane ${quoted(step.laneId)}, but the map has no lane with that id.`,
      });
    }
  });
  const personaIds = new Set((map.personas ?? []).map((persona) => persona.id));
  map.lanes.forEach((lane, index) => {
    if (lane.personaId !== undefined && !personaIds.has(lane.personaId)) {
      problems.push({
        path: jsonPath(['map', 'lanes', index, 'personaId']),
        message: `Lane ${quoted(lane.id)} names persona ${quoted(lane.personaId)}, but the map has no persona with that id.`,
      });
    }
  });
  const laneKinds = new Map(map.lanes.map((lane) => [lane.id, lane.kind]));
  const stepLaneKinds = new Map(map.steps.map((step) => [step.id, laneKinds.get(step.laneId)]));
  (map.opportunities ?? []).forEach((opportunity, index) => {
    const target = opportunity.target;
    if (!target) return;
    const path = jsonPath(['map', 'opportunities', index, 'target', 'stepId']);
    if (!stepLaneKinds.has(target.stepId)) {
      problems.push({ path, message: `Opportunity ${quoted(opportunity.id)} acts on step ${quoted(target.stepId)}, but the map has no step with that id.` });
    } else if (target.kind === 'gap' && stepLaneKinds.get(target.stepId) !== 'journey') {
      problems.push({
        path,
        message: `Opportunity ${quoted(opportunity.id)} acts on a gap at step ${quoted(target.stepId)}, but only steps of a journey lane make gaps.`,
      });
    }
  });
  map.stages.forEach((stage, index) => {
    if (stage.toColumn < stage.fromColumn) {
      problems.push({
        path: jsonPath(['map', 'stages', index, 'toColumn']),
        message: `Stage ${quoted(stage.id)} ends at column ${stage.toColumn}, before it starts at column ${stage.fromColumn}.`,
      });
    }
  });
  for (const problem of voteProblems(map)) problems.push(problem);
  return problems;
}
