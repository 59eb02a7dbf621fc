import type { JourneyMap } from '../model/journeyMap';
import { MAP_LIMITS } from '../model/limits';
import { newId } from './ids';
import { addStep } from './steps';

/** Puts an idea in the parking lot, at the end; the same map and no id for blank text. */
export function addNote(map: JourneyMap, text: string, author?: string): { map: JourneyMap; noteId: string } {
  const trimmed = text.trim().slice(0, MAP_LIMITS.textLength);
  if (trimmed === '') return { map, noteId: '' };
  const noteId = newId(map, 'note');
  const note = author?.trim() ? { id: noteId, text: trimmed, author: author.trim().slice(0, MAP_LIMITS.titleLength) } : { id: noteId, text: trimmed };
  return { map: { ...map, notes: [...(map.notes ?? []), note] }, noteId };
}

/** Takes a note out of the parking lot; the same map when there is no such note. */
export function deleteNote(map: JourneyMap, noteId: string): JourneyMap {
  const notes = map.notes ?? [];
  if (!notes.some((note) => note.id === noteId)) return map;
  const rest = notes.filter((note) => note.id !== noteId);
  if (rest.length > 0) return { ...map, notes: rest };
  const { notes: _gone, ...withoutNotes } = map;
  return withoutNotes;
}

/**
 * A note placed on the map: it leaves the parking lot and becomes a step titled with its text at
 * a lane and column (the journey insert rule applies), in one change. The same map and no id when
 * the note or the lane does not exist.
 */
export function placeNote(map: JourneyMap, noteId: string, cell: { readonly laneId: string; readonly column: number }): { map: JourneyMap; stepId: string } {
  const note = map.notes?.find((candidate) => candidate.id === noteId);
  if (!note) return { map, stepId: '' };
  const added = addStep(deleteNote(map, noteId), { ...cell, title: note.text.slice(0, MAP_LIMITS.titleLength) });
  return added.stepId ? added : { map, stepId: '' };
}
