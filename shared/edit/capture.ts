import { lastColumnOf, type JourneyMap, type LaneKind } from '../model/journeyMap';
import { MAP_LIMITS } from '../model/limits';
import { addLane } from './lanes';
import { addNote } from './notes';
import { addStep } from './steps';

/**
 * One line typed into the capture bar, read by its first character:
 *
 * - `Calls the insurer` — the next journey step;
 * - `> Claims handling: registers the claim` — a process step in that lane, under the current journey
 *   step (the lane is made if there is none of that name); `> registers the claim` — in the process
 *   lane used last;
 * - `~ Neighbours: help tarp the roof` — the same in a context lane;
 * - `? ask the broker about this` — a note in the parking lot;
 * - `\? …` — the line as written, for a step that starts with one of these characters.
 */
export type CaptureLine =
  | { readonly kind: 'journey'; readonly text: string }
  | { readonly kind: 'process' | 'context'; readonly laneName: string | null; readonly text: string }
  | { readonly kind: 'note'; readonly text: string };

/** The first characters that send a line elsewhere than the journey, as the bar's hint lists them. */
export const CAPTURE_PREFIXES = { process: '>', context: '~', note: '?', literal: '\\' } as const;

/** Reads a typed line: its destination and its words. Surrounding spaces never matter. */
export function readCaptureLine(line: string): CaptureLine {
  const trimmed = line.trim();
  const first = trimmed.charAt(0);
  const rest = trimmed.slice(1).trim();
  if (first === CAPTURE_PREFIXES.literal) return { kind: 'journey', text: rest };
  if (first === CAPTURE_PREFIXES.note) return { kind: 'note', text: rest };
  if (first === CAPTURE_PREFIXES.process || first === CAPTURE_PREFIXES.context) {
    const kind = first === CAPTURE_PREFIXES.process ? 'process' : 'context';
    // "Lane: words" names the lane; a colon later in the words ("asks: why?") does not, as long as a
    // lane name comes first. A line without a colon goes to the lane used last.
    const colon = rest.indexOf(':');
    if (colon > 0) return { kind, laneName: rest.slice(0, colon).trim(), text: rest.slice(colon + 1).trim() };
    return { kind, laneName: null, text: rest };
  }
  return { kind: 'journey', text: trimmed };
}

/** Where capturing stands between lines: the journey step the next one follows, the lanes used last. */
export interface CaptureState {
  /** The journey step the next journey line goes after, and under whose column other lanes' lines go. */
  readonly anchorStepId: string | null;
  /** The lane an unnamed `>` or `~` line goes to: the last one of that kind used. */
  readonly lastLaneIds: { readonly process: string | null; readonly context: string | null };
}

/** What one captured line did. */
export interface Captured {
  readonly map: JourneyMap;
  readonly state: CaptureState;
  /** The step it added, or '' for a note or nothing. */
  readonly stepId: string;
  readonly noteId: string;
  /** Why nothing was added (a blank line, an empty title), in words for the status line. */
  readonly refusal: string | null;
}

const titled = (text: string): string => text.slice(0, MAP_LIMITS.titleLength);

/** The lane of this kind a line names: the same title, else the one lane whose title starts with the name (case and spaces aside). */
function laneNamed(map: JourneyMap, kind: LaneKind, name: string): string | null {
  const wanted = name.toLocaleLowerCase().replace(/\s+/g, ' ');
  const title = (laneTitle: string): string => laneTitle.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  const exact = map.lanes.find((lane) => title(lane.title) === wanted);
  if (exact) return exact.id;
  const starting = map.lanes.filter((lane) => lane.kind === kind && title(lane.title).startsWith(wanted));
  return starting.length === 1 ? starting[0]!.id : null;
}

/** The journey step a line follows: the anchor if it is still a journey step, else the last step of the first journey lane. */
function anchorOf(map: JourneyMap, anchorStepId: string | null): { readonly laneId: string; readonly column: number; readonly end: number; readonly stepId: string } | null {
  const journeyLanes = new Set(map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id));
  const anchor = anchorStepId ? map.steps.find((step) => step.id === anchorStepId && journeyLanes.has(step.laneId)) : undefined;
  if (anchor) return { laneId: anchor.laneId, column: anchor.column, end: lastColumnOf(anchor), stepId: anchor.id };
  const firstLane = map.lanes.find((lane) => lane.kind === 'journey');
  if (!firstLane) return null;
  let last: { laneId: string; column: number; end: number; stepId: string } | null = null;
  for (const step of map.steps) {
    if (step.laneId !== firstLane.id) continue;
    const end = lastColumnOf(step);
    if (!last || end > last.end) last = { laneId: step.laneId, column: step.column, end, stepId: step.id };
  }
  return last;
}

/**
 * Where a line goes, before it is added (the bar says it as you type): a journey step after the
 * anchor, a step in another lane under the anchor's column, or a note. `laneId` null means the
 * lane is made for it, titled `laneTitle`.
 */
export type CapturePlace =
  | { readonly kind: 'journey'; readonly laneId: string | null; readonly laneTitle: string; readonly column: number; readonly afterStepId: string | null }
  | { readonly kind: 'process' | 'context'; readonly laneId: string | null; readonly laneTitle: string; readonly column: number; readonly underStepId: string | null }
  | { readonly kind: 'note' };

/** The title a lane made by capturing gets: the journey's is "Customer", the others' the name the line gives. */
const NEW_LANE_TITLE = { journey: 'Customer', process: 'Process', context: 'Context' } as const;

/** Where a read line would go in this map, from where capturing stands. */
export function capturePlace(map: JourneyMap, read: CaptureLine, state: CaptureState): CapturePlace {
  if (read.kind === 'note') return { kind: 'note' };
  const anchor = anchorOf(map, state.anchorStepId);
  const titleOf = (laneId: string): string => map.lanes.find((lane) => lane.id === laneId)?.title ?? '';
  if (read.kind === 'journey') {
    if (!anchor) {
      const lane = map.lanes.find((candidate) => candidate.kind === 'journey');
      return { kind: 'journey', laneId: lane?.id ?? null, laneTitle: lane ? lane.title : NEW_LANE_TITLE.journey, column: 0, afterStepId: null };
    }
    return { kind: 'journey', laneId: anchor.laneId, laneTitle: titleOf(anchor.laneId), column: anchor.end + 1, afterStepId: anchor.stepId };
  }
  const last = state.lastLaneIds[read.kind];
  const laneId = read.laneName
    ? laneNamed(map, read.kind, read.laneName)
    : last && map.lanes.some((lane) => lane.id === last)
      ? last
      : (map.lanes.find((lane) => lane.kind === read.kind)?.id ?? null);
  const laneTitle = laneId ? titleOf(laneId) : titled(read.laneName || NEW_LANE_TITLE[read.kind]);
  return { kind: read.kind, laneId, laneTitle, column: anchor?.column ?? 0, underStepId: anchor?.stepId ?? null };
}

/**
 * Adds one captured line to the map: a journey step right after the anchor (the journey insert
 * rule moves later moments right), a process or context step under the anchor's column in the
 * lane it names (made at the end of its kind if there is none), or a note in the parking lot. A
 * map without a journey lane gets one for the first journey line. The anchor moves to each new
 * journey step, so lines follow one another; other lanes' steps leave it where it is.
 */
export function captureLine(map: JourneyMap, line: string, state: CaptureState): Captured {
  const read = readCaptureLine(line);
  if (read.text === '') {
    return { map, state, stepId: '', noteId: '', refusal: read.kind === 'journey' ? 'Type what was said, then press Enter.' : 'Type the words after the sign, then press Enter.' };
  }
  const place = capturePlace(map, read, state);
  if (place.kind === 'note') {
    const added = addNote(map, read.text);
    return { map: added.map, state, stepId: '', noteId: added.noteId, refusal: null };
  }
  let next = map;
  let laneId = place.laneId;
  if (!laneId) {
    const made = addLane(next, { kind: place.kind, title: place.laneTitle });
    next = made.map;
    laneId = made.laneId;
  }
  const added = addStep(next, { laneId, column: place.column, title: titled(read.text) });
  const following: CaptureState = place.kind === 'journey' ? { ...state, anchorStepId: added.stepId } : { ...state, lastLaneIds: { ...state.lastLaneIds, [place.kind]: laneId } };
  return { map: added.map, state: following, stepId: added.stepId, noteId: '', refusal: null };
}
