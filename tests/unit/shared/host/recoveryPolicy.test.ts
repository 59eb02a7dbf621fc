import { describe, expect, it } from 'vitest';
import { newestFirst, pageOf, prunable, RECOVERY_KEEP_DAYS, RECOVERY_KEEP_NEWEST, type RecoveryEntry } from '../../../../shared/host/recoveryPolicy';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 4, 3, 12);
/** `count` copies, one a day back from `firstDaysAgo`, newest first. */
const daily = (count: number, firstDaysAgo = 0): RecoveryEntry[] =>
  Array.from({ length: count }, (_, index) => ({ documentId: `d${index}`, time: NOW - (firstDaysAgo + index) * DAY }));

describe('which recovery copies may be pruned', () => {
  it('keeps the newest fifty whatever their age', () => {
    expect(prunable(daily(RECOVERY_KEEP_NEWEST, 400), NOW)).toEqual([]);
    expect(prunable(daily(RECOVERY_KEEP_NEWEST + 3, 400), NOW).map((entry) => entry.documentId)).toEqual(['d50', 'd51', 'd52']);
  });

  it('keeps every copy younger than thirty days, however many there are', () => {
    const many = Array.from({ length: 5000 }, (_, index) => ({ documentId: `d${index}`, time: NOW - index * 60_000 }));
    expect(prunable(many, NOW)).toEqual([]);
    // A hundred copies a day apart: the first thirty days are kept, and so are the newest fifty.
    expect(prunable(daily(100), NOW).map((entry) => entry.documentId)).toEqual(daily(100).slice(50).map((entry) => entry.documentId));
    const edge = [...daily(RECOVERY_KEEP_NEWEST), { documentId: 'edge', time: NOW - RECOVERY_KEEP_DAYS * DAY }];
    expect(prunable(edge, NOW)).toEqual([]);
  });
});

describe('pages of the recovery list', () => {
  const entries = daily(45).sort(newestFirst);

  it('answers the newest page, how many are past it, and where to go on', () => {
    const first = pageOf(entries, null);
    expect(first.page.map((entry) => entry.documentId)).toEqual(entries.slice(0, 20).map((entry) => entry.documentId));
    expect(first.more).toBe(25);
    const second = pageOf(entries, first.next);
    expect(second.page[0]).toEqual(entries[20]);
    expect(second.more).toBe(5);
    const last = pageOf(entries, second.next);
    expect(last.page).toHaveLength(5);
    expect(last).toMatchObject({ more: 0, next: null });
  });

  it('goes on from the same place when copies before it were discarded meanwhile', () => {
    const first = pageOf(entries, null);
    const fewer = entries.filter((_, index) => index % 3 !== 0);
    expect(pageOf(fewer, first.next).page[0]).toEqual(entries[20]);
  });

  it('orders copies of the same moment by id, and starts from the top for a cursor it cannot read', () => {
    const same = [{ documentId: 'b', time: 5 }, { documentId: 'a', time: 5 }, { documentId: 'c', time: 9 }].sort(newestFirst);
    expect(same.map((entry) => entry.documentId)).toEqual(['c', 'a', 'b']);
    expect(pageOf(same, '5:a', 10).page.map((entry) => entry.documentId)).toEqual(['b']);
    expect(pageOf(same, 'nonsense', 10).page).toHaveLength(3);
    expect(pageOf([], null)).toEqual({ page: [], more: 0, next: null });
  });
});
