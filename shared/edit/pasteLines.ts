import type { JourneyMap } from '../model/journeyMap';
import { addStep } from './steps';

/** The most lines one paste turns into steps; a longer list is refused with a message, not cut silently. */
export const MAX_PASTED_LINES = 500;

/** What a paste of more lines than it takes says. */
export const tooManyLines = (count: number): string => `The clipboard holds ${count} lines; a paste takes at most ${MAX_PASTED_LINES}, one step each.`;

/** The lines of pasted text that say something: trimmed, list bullets and numbering taken off, blank lines left out. */
export function pastedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*•‣◦–]|\d{1,3}[.)])\s+/, '').trim())
    .filter((line) => line !== '');
}

/**
 * One step per line of pasted text, in the lane and from the column given, one column each in
 * the order of the lines (on a journey lane, later moments move right to make room, as for any
 * step added between two others). The same map and no ids when there is no line.
 */
export function stepsFromLines(map: JourneyMap, lines: readonly string[], target: { readonly laneId: string; readonly column: number }): { map: JourneyMap; stepIds: string[] } {
  let next = map;
  const stepIds: string[] = [];
  lines.forEach((title, index) => {
    const added = addStep(next, { laneId: target.laneId, column: target.column + index, title });
    if (!added.stepId) return;
    next = added.map;
    stepIds.push(added.stepId);
  });
  return { map: next, stepIds };
}
