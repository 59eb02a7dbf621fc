import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { PARTICIPANT_DOTS, PARTICIPANT_NOTES, PARTICIPANT_NOTICES, participantDocument, type ParticipantDot } from '../../../shared/room/roomDocuments';
import { ROOM_LIMITS } from '../../../shared/room/roomLimits';
import { DocumentSync } from './documentSync';
import type { RoomDots, RoomEvent, RoomNote, RosterPerson } from '../../../shared/room/roomEvents';

/** One person in the room, with their own document. */
interface Participant {
  readonly participantId: string;
  readonly name: string;
  readonly token: string;
  readonly doc: Y.Doc;
  readonly sync: DocumentSync;
  readonly sockets: Set<WebSocket>;
  /** Their notes the map has not taken yet, and every note id seen (a resent note is not news). */
  readonly pending: Map<string, RoomNote>;
  readonly seen: Set<string>;
}

/** Whether someone was let in, with what their phone needs to go on, or why not. */
export type Admitted =
  | { readonly ok: true; readonly participantId: string; readonly token: string; readonly document: string }
  | { readonly ok: false; readonly status: number; readonly message: string };

const SERVER = 'server';
const NOTICES_KEPT = 20;

/**
 * The people in a room and their own documents: who may connect with which token, what their
 * phones wrote (checked against the room's limits), and what the facilitator is told of it. The
 * server is trusted to write into a participant's document only to take back what went past a
 * limit and to leave a notice saying so.
 */
export class ParticipantBook {
  private readonly people = new Map<string, Participant>();
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly room: {
      readonly namesRequired: () => boolean;
      readonly currentVoteId: () => string | null;
      readonly emit: (event: RoomEvent) => void;
    },
  ) {}

  /** Lets someone in who knew the code; their name is required when the room asks for names. */
  admit(typedName: string): Admitted {
    const name = typedName.replace(/\s+/g, ' ').trim().slice(0, ROOM_LIMITS.nameLength);
    if (this.room.namesRequired() && name === '') return { ok: false, status: 400, message: 'This room asks for your name: type it and join again.' };
    if (this.people.size >= ROOM_LIMITS.participants) return { ok: false, status: 503, message: `The room is full (${ROOM_LIMITS.participants} people).` };
    const participantId = randomBytes(9).toString('base64url');
    const token = randomBytes(16).toString('base64url');
    const doc = new Y.Doc();
    const participant: Participant = { participantId, name, token, doc, sync: new DocumentSync(doc), sockets: new Set(), pending: new Map(), seen: new Set() };
    this.people.set(participantId, participant);
    this.tokens.set(token, participantId);
    doc.getArray(PARTICIPANT_NOTES).observe(() => this.notesChanged(participant));
    doc.getArray(PARTICIPANT_DOTS).observe(() => this.dotsChanged());
    this.rosterChanged();
    return { ok: true, participantId, token, document: participantDocument(participantId) };
  }

  /** Who a token belongs to, if it is one of the room's and its holder was not sent out. */
  byToken(token: string): { readonly participantId: string } | null {
    const participantId = this.tokens.get(token);
    return participantId ? { participantId } : null;
  }

  syncOf(participantId: string): DocumentSync {
    return this.people.get(participantId)!.sync;
  }

  /** A phone's connection opened (+1) or closed (−1). */
  connected(participantId: string, socket: WebSocket, change: 1 | -1): void {
    const participant = this.people.get(participantId);
    if (!participant) return;
    const before = participant.sockets.size > 0;
    if (change > 0) participant.sockets.add(socket);
    else participant.sockets.delete(socket);
    if (before !== participant.sockets.size > 0) this.rosterChanged();
  }

  /** Leaves a notice on a participant's phone (the most recent few are kept). */
  notice(participantId: string, message: string): void {
    const participant = this.people.get(participantId);
    if (!participant) return;
    const notices = participant.doc.getArray<string>(PARTICIPANT_NOTICES);
    participant.doc.transact(() => {
      notices.push([message]);
      if (notices.length > NOTICES_KEPT) notices.delete(0, notices.length - NOTICES_KEPT);
    }, SERVER);
  }

  /** After a participant's update: notes past their allowance are taken back, with a notice. */
  checkLimits(participantId: string): void {
    const participant = this.people.get(participantId);
    if (!participant) return;
    const notes = participant.doc.getArray(PARTICIPANT_NOTES);
    if (notes.length <= ROOM_LIMITS.notesPerParticipant) return;
    participant.doc.transact(() => notes.delete(ROOM_LIMITS.notesPerParticipant, notes.length - ROOM_LIMITS.notesPerParticipant), SERVER);
    this.notice(participantId, `You have added ${ROOM_LIMITS.notesPerParticipant} notes, the most one person can add in a room; the last one was not kept.`);
  }

  /** Everyone who joined, and the notes the map has not taken yet. */
  status(): { readonly people: readonly RosterPerson[]; readonly notes: readonly RoomNote[] } {
    return { people: this.roster(), notes: [...this.people.values()].flatMap((participant) => [...participant.pending.values()]) };
  }

  /** Each participant's dots, as their phones wrote them, and how many have cast one in this vote. */
  dotsOf(voteId: string): RoomDots {
    const perParticipant = [...this.people.values()].map((participant) => participant.doc.getArray<unknown>(PARTICIPANT_DOTS).toArray().filter(isDot));
    return { perParticipant, voters: perParticipant.filter((dots) => dots.some((dot) => dot.voteId === voteId)).length };
  }

  acknowledge(noteIds: readonly string[]): void {
    const ids = new Set(noteIds);
    for (const participant of this.people.values()) for (const id of participant.pending.keys()) if (ids.has(id)) participant.pending.delete(id);
  }

  /** Sends someone out: their token stops working and their phone is disconnected. */
  remove(participantId: string): void {
    const participant = this.people.get(participantId);
    if (!participant) return;
    this.tokens.delete(participant.token);
    this.people.delete(participantId);
    for (const socket of participant.sockets) socket.close(4003, 'The facilitator took you out of the room');
    participant.doc.destroy();
    this.rosterChanged();
  }

  private roster(): RosterPerson[] {
    return [...this.people.values()].map(({ participantId, name, sockets }) => ({ participantId, name, connected: sockets.size > 0 }));
  }

  private rosterChanged(): void {
    this.room.emit({ type: 'roster', people: this.roster() });
  }

  /** New notes on a phone become news for the facilitator, once each, checked and trimmed. */
  private notesChanged(participant: Participant): void {
    const fresh: RoomNote[] = [];
    for (const entry of participant.doc.getArray<unknown>(PARTICIPANT_NOTES).toArray()) {
      if (!isNote(entry) || participant.seen.has(entry.id)) continue;
      participant.seen.add(entry.id);
      const text = entry.text.replace(/\s+/g, ' ').trim().slice(0, ROOM_LIMITS.noteLength);
      if (text === '') continue;
      const note: RoomNote = { id: `${participant.participantId}/${entry.id}`, participantId: participant.participantId, text, ...(this.room.namesRequired() && participant.name ? { author: participant.name } : {}) };
      participant.pending.set(note.id, note);
      fresh.push(note);
    }
    if (fresh.length > 0) this.room.emit({ type: 'notes', notes: fresh });
  }

  private dotsChanged(): void {
    const voteId = this.room.currentVoteId();
    if (voteId) this.room.emit({ type: 'voters', voteId, voters: this.dotsOf(voteId).voters });
  }
}

function isNote(value: unknown): value is { id: string; text: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && (value as { id: string }).id.length <= 64 && typeof (value as { text?: unknown }).text === 'string';
}

function isDot(value: unknown): value is ParticipantDot {
  return typeof value === 'object' && value !== null && typeof (value as { voteId?: unknown }).voteId === 'string' && typeof (value as { item?: unknown }).item === 'string';
}
