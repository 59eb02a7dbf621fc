import type { CoverageAnalysis } from '../../analysis/coverage';
import type { JourneyMap } from '../../model/journeyMap';
import { counted, listWords, quoted } from '../../words/listWords';
import type { ReportIndex } from '../sections/reportIndex';
import type { KeyFinding } from './keyFinding';

/** How many inside-out steps the finding names before it says how many more. */
const NAMED = 4;

/** The organisation's work the customer never meets: process steps that share no column with the journey. */
export function insideOutFindings(map: JourneyMap, analysis: CoverageAnalysis, { stepsById }: ReportIndex): KeyFinding {
  const processLanes = new Map(map.lanes.filter((lane) => lane.kind === 'process').map((lane) => [lane.id, lane.title || lane.id]));
  const processSteps = map.steps.filter((step) => processLanes.has(step.laneId)).length;
  const label = 'Inside-out work';
  const unanchored = analysis.unanchoredProcessStepIds;
  if (processSteps === 0) return { topic: 'insideOut', label, headline: 'The map shows no work of the organisation yet: it has no process step.', details: [] };
  if (unanchored.length === 0) {
    return { topic: 'insideOut', label, figure: '0', headline: 'Every process step meets the customer’s journey: the map shows no inside-out work.', details: [] };
  }
  const named = unanchored.map((id) => {
    const step = stepsById.get(id);
    return `${quoted(step?.title || id)}${step ? ` (${processLanes.get(step.laneId)})` : ''}`;
  });
  return {
    topic: 'insideOut',
    label,
    figure: `${unanchored.length}`,
    headline: `${unanchored.length} of the ${counted(processSteps, 'process step')} ${unanchored.length === 1 ? 'meets' : 'meet'} no step of the customer’s journey: work the customer never sees.`,
    details: [`${listWords(named, NAMED)}.`],
  };
}
