import type { JourneyMap } from './journeyMap';

/**
 * A named copy of the map kept inside the file ("As-is, workshop 1"), to compare the as-is with a
 * to-be. Its map is a whole map without snapshots of its own.
 */
export interface Snapshot {
  readonly id: string;
  readonly name: string;
  /** When it was taken, as an ISO 8601 text. */
  readonly createdAt: string;
  readonly map: JourneyMap;
}
