import { afterEach, describe, expect, it } from 'vitest';
import { openRoom, type Room } from '../../../../../electron/services/room/roomServer';
import { PARTICIPANT_DOTS, PARTICIPANT_NOTES } from '../../../../../shared/room/roomDocuments';
import { follow, joinRoom, testPage, until } from './roomTestClient';

// The room under a workshop's load, bounded: fifty phones on the loopback address each add twenty
// notes and cast three dots, five of them lose their connection in the middle of it. Every note
// reaches the facilitator exactly once and every dot is counted (the bench does the same over
// thirty seconds against a facilitator's drags; this is its correctness, kept in `npm test`).

const PHONES = 50;
const NOTES_EACH = 20;
const DOTS_EACH = 3;

// y-websocket's provider listens for the process's exit, once per provider: a hundred here.
process.setMaxListeners(2 * PHONES + 20);

let room: Room | null = null;
const providers: { destroy(): void }[] = [];
afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  await room?.close();
  room = null;
});

describe('a room of fifty phones', () => {
  it('gets every note once and every dot, also from phones whose connection dropped mid-burst', { timeout: 120_000 }, async () => {
    room = await openRoom({ host: '127.0.0.1', page: testPage(), state: { title: 'Load', namesRequired: false, vote: null, timer: null } });
    const opened = room;
    const seen: string[] = [];
    opened.listen((event) => {
      if (event.type === 'notes') seen.push(...event.notes.map((note) => note.id));
    });
    const phones = await Promise.all(
      Array.from({ length: PHONES }, async () => {
        const joined = (await joinRoom(opened.url, opened.code)).body;
        const followed = follow(opened.url, joined.document!, joined.token!);
        providers.push(followed.provider);
        return { ...followed, participantId: joined.participantId! };
      }),
    );
    await until(() => phones.every((phone) => phone.provider.synced), 'every phone synced');

    // Rounds of one note from every phone (a dot in three of them), a turn of the event loop
    // apart, so no phone sends faster than a person could; five phones drop halfway.
    for (let round = 0; round < NOTES_EACH; round += 1) {
      for (const [index, phone] of phones.entries()) {
        phone.doc.getArray(PARTICIPANT_NOTES).push([{ id: `n${round}`, text: `Phone ${index}, note ${round}` }]);
        if (round % 7 === 0) phone.doc.getArray(PARTICIPANT_DOTS).push([{ voteId: 'v1', item: `step:s${(index + round) % 9}` }]);
      }
      if (round === NOTES_EACH / 2) for (const phone of phones.slice(0, 5)) phone.provider.ws?.close();
      // The five dropped phones may still be reconnecting: the others' notes must be in.
      await until(() => seen.length >= (round + 1) * (PHONES - 5), `round ${round} at the facilitator`);
    }
    await until(() => seen.length >= PHONES * NOTES_EACH, 'every note at the facilitator');

    expect(seen).toHaveLength(PHONES * NOTES_EACH);
    expect(new Set(seen).size).toBe(PHONES * NOTES_EACH);
    expect(opened.status().notes).toHaveLength(PHONES * NOTES_EACH);
    await until(() => opened.dotsOf('v1').perParticipant.flat().length === PHONES * DOTS_EACH, 'every dot in the room');
    const dots = opened.dotsOf('v1');
    expect(dots.voters).toBe(PHONES);
    expect(dots.perParticipant.map((own) => own.length)).toEqual(Array.from({ length: PHONES }, () => DOTS_EACH));
  });
});
