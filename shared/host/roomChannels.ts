import { z } from 'zod';
import { MAP_LIMITS } from '../model/limits';
import type { RoomState } from '../room/roomDocuments';
import type { RoomAddress, RoomDots, RoomStatus } from '../room/roomEvents';
import type { HostResult } from './hostResult';

const label = z.string().max(MAP_LIMITS.titleLength);
const voteItem = z.object({ key: z.string().max(120), label, group: z.string().max(40) }).strict();

/** The room's state as the page may set it, checked by the host like every channel's arguments. */
export const roomStatePatchSchema = z
  .object({
    title: label,
    namesRequired: z.boolean(),
    vote: z
      .object({
        id: z.string().max(120),
        question: label,
        dotsPerPerson: z.number().int().min(1).max(MAP_LIMITS.dotsPerPerson),
        items: z.array(voteItem).max(MAP_LIMITS.steps),
        revealed: z.boolean(),
        results: z.array(z.object({ label, count: z.number().int().min(0) }).strict()).max(MAP_LIMITS.steps),
      })
      .strict()
      .nullable(),
    timer: z.object({ remainingMs: z.number().int().min(0).max(36_000_000), running: z.boolean() }).strict().nullable(),
  })
  .partial()
  .strict() satisfies z.ZodType<Partial<RoomState>>;

/** The arguments of the room's channels. */
export const ROOM_CHANNELS = {
  'room:addresses': z.tuple([]),
  'room:open': z.tuple([z.object({ address: z.string().min(1).max(64), state: roomStatePatchSchema.required({ title: true, namesRequired: true }) }).strict()]),
  'room:status': z.tuple([]),
  'room:state': z.tuple([roomStatePatchSchema]),
  'room:dots': z.tuple([z.string().min(1).max(120)]),
  'room:acknowledge': z.tuple([z.array(z.string().max(200)).max(100_000)]),
  'room:remove': z.tuple([z.string().min(1).max(64)]),
  'room:close': z.tuple([]),
} as const;

/**
 * The host's side of a workshop room (the desktop's main process, or the browser edition's
 * server): which network interfaces it can open a room on, opening and closing it, what the phones
 * are shown, and what they sent. The phones never talk to the page; the page never talks to them.
 */
export interface RoomHostApi {
  /** The interfaces a room can listen on, the first private network first. */
  'room:addresses'(): Promise<HostResult<readonly RoomAddress[]>>;
  /** Opens a room on one interface; a room already open is closed first. */
  'room:open'(request: { address: string; state: Partial<RoomState> & Pick<RoomState, 'title' | 'namesRequired'> }): Promise<HostResult<RoomStatus>>;
  /** The open room, or null. */
  'room:status'(): Promise<HostResult<RoomStatus | null>>;
  /** Changes what the phones are shown. */
  'room:state'(patch: Partial<RoomState>): Promise<HostResult<null>>;
  /** The dots cast in a vote, read at the reveal. */
  'room:dots'(voteId: string): Promise<HostResult<RoomDots>>;
  /** Notes now in the map: not offered again. */
  'room:acknowledge'(noteIds: readonly string[]): Promise<HostResult<null>>;
  'room:remove'(participantId: string): Promise<HostResult<null>>;
  'room:close'(): Promise<HostResult<null>>;
}
