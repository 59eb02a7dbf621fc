/**
 * What a workshop room accepts from the phones in it. A room is open to anyone on the meeting
 * room's network who has its code, so every bound here is a defence, named in the README's
 * security section and enforced by the room server (electron/services/room/).
 */
export const ROOM_LIMITS = {
  /** The largest WebSocket message a participant may send; a note is a few hundred bytes. */
  messageBytes: 8 * 1024,
  /** Notes one participant may add in a room. */
  notesPerParticipant: 200,
  /** Messages one connection may send in a second (a burst of typing is a few). */
  messagesPerSecond: 20,
  /** A note's length in characters, as the phone's field allows it. */
  noteLength: 500,
  /** A participant's name. */
  nameLength: 40,
  /** Wrong codes one network address may try in a minute before it is locked out. */
  wrongCodesPerMinute: 5,
  /** How long an address that tried too many wrong codes is turned away. */
  lockoutMs: 5 * 60_000,
  /** People in one room. */
  participants: 200,
} as const;
