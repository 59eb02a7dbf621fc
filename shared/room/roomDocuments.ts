/**
 * The shared documents of a room and what they hold. Each is a Yjs document synced over the
 * y-websocket protocol; the room server decides who may read and who may write each one:
 *
 * - `room`: what the facilitator shows the phones (the map's title, whether names are asked, the
 *   vote under way with its items' titles, the timer). The facilitator writes it; phones read it.
 * - `roster`: who is in the room. The server writes it; only the facilitator reads it.
 * - `p-<participantId>`: one participant's contributions (notes, dots) and the server's notices to
 *   them. That participant writes it; the facilitator reads it; no one else sees it, which is what
 *   keeps a vote secret until it is revealed.
 *
 * The facilitator's app is the only writer of the map: it reads the contributions and applies
 * them as ordinary, undoable changes.
 */
export const ROOM_DOCUMENT = 'room';
export const ROSTER_DOCUMENT = 'roster';
export const participantDocument = (participantId: string): string => `p-${participantId}`;

/** The participant a document name belongs to, or null for the room's own documents. */
export function participantOfDocument(name: string): string | null {
  return /^p-[A-Za-z0-9_-]{1,64}$/.test(name) ? name.slice(2) : null;
}

/** Keys inside the documents: the room's state map, a participant's lists. */
export const ROOM_STATE = 'state';
export const PARTICIPANT_NOTES = 'notes';
export const PARTICIPANT_DOTS = 'dots';
export const PARTICIPANT_NOTICES = 'notices';
export const ROSTER_PEOPLE = 'people';

/** A note as a phone adds it: its own id (so a resent note is recognised), the text, when. */
export interface ParticipantNote {
  readonly id: string;
  readonly text: string;
}

/** A dot as a phone casts it: on which item of which vote. */
export interface ParticipantDot {
  readonly voteId: string;
  readonly item: string;
}

/** Someone in the room, as the roster lists them. */
export interface RosterEntry {
  readonly participantId: string;
  /** Empty when the facilitator let people stay anonymous and this one did. */
  readonly name: string;
  readonly connected: boolean;
}

/** Something the phones may vote on: a key (see voteItems.ts) and the words shown for it. */
export interface VoteItem {
  readonly key: string;
  readonly label: string;
  /** The group it is listed under on the phone: Gaps, Steps, Pain points, Opportunities. */
  readonly group: string;
}

/** The vote the facilitator runs with the phones, as the room document shows it. */
export interface RoomVote {
  readonly id: string;
  readonly question: string;
  readonly dotsPerPerson: number;
  readonly items: readonly VoteItem[];
  readonly revealed: boolean;
  /** Once revealed: the items with dots, most first. */
  readonly results: readonly { readonly label: string; readonly count: number }[];
}

/** The timer as phones show it: what was left when the facilitator last changed it, and whether it runs. */
export interface RoomTimer {
  readonly remainingMs: number;
  readonly running: boolean;
}

/** Everything in the room document's state map. */
export interface RoomState {
  readonly title: string;
  /** Whether phones must give a name (named input); otherwise a name is optional. */
  readonly namesRequired: boolean;
  readonly vote: RoomVote | null;
  readonly timer: RoomTimer | null;
}
