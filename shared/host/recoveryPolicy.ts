// Which recovery copies are kept, and how the list of them is paged, the same in both hosts. A copy
// is someone's unsaved work: none younger than a month is ever removed, however many there are,
// and the newest fifty stay whatever their age (someone back from a long leave still finds their
// last work). Only a copy both older and further down goes, and only one this version can
// restore: a damaged copy, or one a newer version wrote, stays until the person discards it.

/** How many copies are always kept, newest first, whatever their age. */
export const RECOVERY_KEEP_NEWEST = 50;

/** Copies younger than this many days are always kept, however many there are. */
export const RECOVERY_KEEP_DAYS = 30;

/** How many copies one answer of the list names; the others are counted, and asked for page by page. */
export const RECOVERY_PAGE_SIZE = 20;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A copy as the list orders it: its document and when it was taken (ms since 1970). */
export interface RecoveryEntry {
  readonly documentId: string;
  readonly time: number;
}

/** Newest first; copies of the same moment by document id, so the order (and a page's cursor) is stable. */
export function newestFirst(a: RecoveryEntry, b: RecoveryEntry): number {
  return b.time - a.time || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0);
}

/** Whether a copy taken at `time` is younger than `RECOVERY_KEEP_DAYS`, and so kept whatever else. */
export const isYoungCopy = (time: number, now: number): boolean => time >= now - RECOVERY_KEEP_DAYS * DAY_MS;

/**
 * The entries (sorted newest first) that may be pruned: past the newest `RECOVERY_KEEP_NEWEST` and
 * older than `RECOVERY_KEEP_DAYS`. The caller still removes only a copy it can read (see above).
 */
export function prunable<T extends RecoveryEntry>(sorted: readonly T[], now: number): T[] {
  return sorted.slice(RECOVERY_KEEP_NEWEST).filter((entry) => !isYoungCopy(entry.time, now));
}

/** One page of the entries: those after the cursor (all when there is none), how many more, and the next cursor. */
export interface RecoveryPageOf<T> {
  readonly page: readonly T[];
  readonly more: number;
  readonly next: string | null;
}

const cursorOf = (entry: RecoveryEntry): string => `${entry.time}:${entry.documentId}`;

/**
 * The page of `sorted` (newest first) after `after`, a cursor a former page gave. A cursor names a
 * place in the order, not a position, so copies discarded meanwhile shift nothing; one that is not
 * a cursor starts from the top.
 */
export function pageOf<T extends RecoveryEntry>(sorted: readonly T[], after: string | null | undefined, size: number = RECOVERY_PAGE_SIZE): RecoveryPageOf<T> {
  let start = 0;
  const match = after ? /^(-?\d+(?:\.\d+)?):(.+)$/.exec(after) : null;
  if (match) {
    const place: RecoveryEntry = { time: Number(match[1]), documentId: match[2]! };
    start = sorted.findIndex((entry) => newestFirst(place, entry) < 0);
    if (start === -1) start = sorted.length;
  }
  const page = sorted.slice(start, start + size);
  const more = sorted.length - start - page.length;
  return { page, more, next: more > 0 && page.length > 0 ? cursorOf(page.at(-1)!) : null };
}

/** The most of a copy's title the list carries (what `recovery:write` accepts), so a file edited by hand cannot swell the answer. */
export const listedTitle = (title: string): string => title.slice(0, 1000);

/** What the list says of a copy a newer version of Outside-In kept, in both hosts. */
export const NEWER_RECOVERY_COPY = 'A newer version of Outside-In kept this recovery copy: open that version to restore it.';

/** What the list says of a copy whose content is not a recovery copy this version knows, in both hosts. */
export const UNKNOWN_RECOVERY_COPY = 'The recovery copy is damaged: it is not a recovery copy this version of Outside-In can read.';
