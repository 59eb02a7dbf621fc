/** Someone who joined a room, as the facilitator sees them. */
export interface RosterPerson {
  readonly participantId: string;
  /** Empty for someone who stayed anonymous where the room allows it. */
  readonly name: string;
  readonly connected: boolean;
}

/** A note from a phone, not yet taken into the map. */
export interface RoomNote {
  /** Unique in the room: the participant's id and the note's own. */
  readonly id: string;
  readonly participantId: string;
  /** The participant's name, only when the room asks for names (named input). */
  readonly author?: string;
  readonly text: string;
}

/** What the facilitator's app hears from an open room. */
export type RoomEvent =
  | { readonly type: 'roster'; readonly people: readonly RosterPerson[] }
  | { readonly type: 'notes'; readonly notes: readonly RoomNote[] }
  | { readonly type: 'voters'; readonly voteId: string; readonly voters: number }
  | { readonly type: 'closed' };

/** A network interface a room can listen on. */
export interface RoomAddress {
  readonly address: string;
  /** The interface's name and what it is: "Wi-Fi (en0) · private network", "This computer only". */
  readonly label: string;
  readonly kind: 'private' | 'loopback' | 'other';
}

/** An open room as the facilitator's app shows it. */
export interface RoomStatus {
  /** The address phones open. */
  readonly url: string;
  readonly code: string;
  readonly namesRequired: boolean;
  readonly people: readonly RosterPerson[];
  readonly notes: readonly RoomNote[];
}

/** The dots the phones cast in a vote, per participant as written, and how many cast any. */
export interface RoomDots {
  readonly perParticipant: readonly (readonly { readonly voteId: string; readonly item: string }[])[];
  readonly voters: number;
}
