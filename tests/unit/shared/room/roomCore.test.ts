import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { createCodeGuard } from '../../../../shared/room/codeGuard';
import { createMessageMeter } from '../../../../shared/room/messageMeter';
import { CODE_ALPHABET, CODE_LENGTH, makeRoomCode, normalisedCode, shownCode } from '../../../../shared/room/roomCode';
import { participantDocument, participantOfDocument } from '../../../../shared/room/roomDocuments';
import { keyOfTarget, tallyRoomDots, targetOfKey, voteItems } from '../../../../shared/room/voteItems';
import { parse } from '../../../../shared/format/parse';
import { fixtureText, loaded } from '../../support/fixtures';

describe('room codes', () => {
  it('are six characters of an alphabet without look-alikes', () => {
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL5S2Z]/);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: CODE_LENGTH, maxLength: CODE_LENGTH }), (draws) => {
        let index = 0;
        const code = makeRoomCode((limit) => draws[index++]! % limit);
        expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
      }),
    );
  });

  it('read as typed on a phone: any case, spaces and dashes left out', () => {
    expect(normalisedCode(' abc-d ef ')).toBe('ABCDEF');
    expect(shownCode('ABCDEF')).toBe('ABC DEF');
  });
});

describe('the code guard', () => {
  it('locks an address out after five wrong codes within a minute, even for the right code, then lets it in again', () => {
    let now = 0;
    const guard = createCodeGuard({ now: () => now, perMinute: 5, lockoutMs: 300_000 });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect(guard.admit('10.0.0.9').allowed).toBe(true);
      guard.failed('10.0.0.9');
      now += 1_000;
    }
    expect(guard.admit('10.0.0.9').allowed).toBe(true);
    guard.failed('10.0.0.9');
    expect(guard.admit('10.0.0.9')).toEqual({ allowed: false, retryAfterMs: 300_000 });
    // Another address is not held up by the first one's guessing.
    expect(guard.admit('10.0.0.10').allowed).toBe(true);
    now += 299_999;
    expect(guard.admit('10.0.0.9').allowed).toBe(false);
    now += 1;
    expect(guard.admit('10.0.0.9').allowed).toBe(true);
  });

  it('forgets wrong codes older than a minute, and a right code clears the slate', () => {
    let now = 0;
    const guard = createCodeGuard({ now: () => now });
    for (let attempt = 0; attempt < 4; attempt += 1) guard.failed('a');
    now += 60_000;
    guard.failed('a');
    expect(guard.admit('a').allowed).toBe(true);
    for (let attempt = 0; attempt < 3; attempt += 1) guard.failed('a');
    guard.succeeded('a');
    guard.failed('a');
    expect(guard.admit('a').allowed).toBe(true);
  });
});

describe('the message meter', () => {
  it('lets twenty messages through in a second and the next only once the oldest is a second old', () => {
    let now = 0;
    const meter = createMessageMeter({ now: () => now, perSecond: 20 });
    for (let message = 0; message < 20; message += 1) {
      expect(meter.allow()).toBe(true);
      now += 10;
    }
    expect(meter.allow()).toBe(false);
    now = 999;
    expect(meter.allow()).toBe(false);
    now = 1000;
    expect(meter.allow()).toBe(true);
  });
});

describe('the room’s documents', () => {
  it('name each participant’s own document and read the participant back', () => {
    expect(participantOfDocument(participantDocument('k3J_9'))).toBe('k3J_9');
    expect(participantOfDocument('room')).toBeNull();
    expect(participantOfDocument('p-../room')).toBeNull();
  });
});

describe('vote items and the room’s tally', () => {
  const map = loaded(parse(fixtureText('examples', 'home-insurance-claim.journey')));
  const analysis = analyseCoverage(map);

  it('offer the gaps most severe first, the journey steps, their pain points and the open opportunities, titles only', () => {
    const items = voteItems(map, analysis);
    expect(items[0]).toEqual({ key: 'gap:c1', label: 'Gap · Before · Storm damages the roof', group: 'Gaps' });
    expect(items.filter((item) => item.group === 'Steps').map((item) => item.key)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10'].map((id) => `step:${id}`));
    const withPain = { ...map, steps: map.steps.map((step) => (step.id === 'c5' ? { ...step, painPoints: ['No date for the visit', 'Three calls'] } : step)) };
    expect(voteItems(withPain, analyseCoverage(withPain)).filter((item) => item.group === 'Pain points')).toEqual([
      { key: 'pain:c5:0', label: 'Pain point: No date for the visit (Waits for the assessor)', group: 'Pain points' },
      { key: 'pain:c5:1', label: 'Pain point: Three calls (Waits for the assessor)', group: 'Pain points' },
    ]);
    for (const item of items) expect(targetOfKey(item.key)).not.toBeNull();
  });

  it('reads back exactly the keys it writes', () => {
    for (const target of [
      { kind: 'step', stepId: 'c4' },
      { kind: 'gap', stepId: 'c1' },
      { kind: 'painPoint', stepId: 'c5', index: 1 },
      { kind: 'opportunity', opportunityId: 'o2' },
    ] as const)
      expect(targetOfKey(keyOfTarget(target))).toEqual(target);
    for (const junk of ['', 'step', 'step:', 'pain:c5', 'pain:c5:x', 'pain:c5:1:2', 'gap:c1:0', '__proto__:x']) expect(targetOfKey(junk)).toBeNull();
  });

  it('counts at most each person’s allowance, first dots first, only on offered items of this vote', () => {
    const offered = new Set(['step:c4', 'gap:c1']);
    const counts = tallyRoomDots({ id: 'v1', dotsPerPerson: 2 }, offered, [
      [
        { voteId: 'v1', item: 'step:c4' },
        { voteId: 'v0', item: 'step:c4' },
        { voteId: 'v1', item: 'nope' },
        { voteId: 'v1', item: 'gap:c1' },
        { voteId: 'v1', item: 'gap:c1' },
      ],
      [{ voteId: 'v1', item: 'gap:c1' }],
    ]);
    expect(Object.fromEntries(counts)).toEqual({ 'step:c4': 1, 'gap:c1': 2 });
  });
});
