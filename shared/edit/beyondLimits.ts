import { lastColumnOf, type JourneyMap } from '../model/journeyMap';
import { LAST_COLUMN, limitWords, MAP_LIMITS } from '../model/limits';

const L = MAP_LIMITS;

/**
 * Why a map is past what a map may hold, in words for the status line, or null when it is within
 * every limit (shared/model/limits.ts). The edits clamp where a person would expect (a card stops
 * at the last column); this is the last word for whatever would still cross a limit — a paste, a
 * duplicate of thousands of cards, a title typed on and on — so no edit makes a map that cannot
 * be saved and opened again. One pass over the map.
 */
export function beyondLimits(map: JourneyMap): string | null {
  if (map.steps.length > L.steps) return `A map holds at most ${limitWords(L.steps)} steps; this would make ${limitWords(map.steps.length)}.`;
  if (map.lanes.length > L.lanes) return `A map holds at most ${limitWords(L.lanes)} lanes.`;
  if (map.stages.length > L.stages) return `A map holds at most ${limitWords(L.stages)} stages.`;
  if ((map.personas?.length ?? 0) > L.personas) return `A map holds at most ${limitWords(L.personas)} personas.`;
  if ((map.opportunities?.length ?? 0) > L.opportunities) return `A map holds at most ${limitWords(L.opportunities)} opportunities.`;
  if (map.title.length > L.titleLength) return `A title holds at most ${limitWords(L.titleLength)} characters.`;
  for (const step of map.steps) {
    if (lastColumnOf(step) > LAST_COLUMN) return `A map ends at column ${limitWords(L.columns)}: a step cannot reach past it.`;
    if (step.title.length > L.titleLength) return `A title holds at most ${limitWords(L.titleLength)} characters.`;
  }
  for (const stage of map.stages) if (stage.toColumn > LAST_COLUMN) return `A map ends at column ${limitWords(L.columns)}: a stage cannot reach past it.`;
  for (const lane of map.lanes) if (lane.title.length > L.titleLength) return `A title holds at most ${limitWords(L.titleLength)} characters.`;
  return null;
}
