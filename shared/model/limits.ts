/**
 * How much one map may hold. Far beyond any map a person draws (a long journey has a few hundred
 * columns), near enough that whatever loads can still be laid out, saved, analysed and exported
 * on an ordinary laptop. The loader refuses a file past them with a message naming the limit, and
 * every edit and paste refuses to cross them. README ("Limits") lists them.
 */
export const MAP_LIMITS = {
  /**
   * Columns 1 to 100,000 (0 to 99,999 in the file): no step or stage reaches further. As many as a
   * map may have steps, so an import of a long process in one lane always fits; the layout holds
   * nothing per column, so empty columns cost nothing.
   */
  columns: 100_000,
  lanes: 500,
  steps: 100_000,
  stages: 2_000,
  personas: 500,
  opportunities: 10_000,
  notes: 10_000,
  votes: 200,
  /** People in one voting round, and dots each of them has. */
  votePeople: 500,
  dotsPerPerson: 50,
  /** Snapshots kept in one map file. */
  snapshots: 100,
  /**
   * Steps of all the snapshots of a map together: two full-size copies beside the map itself, or a
   * hundred of a map of 2,000 steps, so a file with snapshots still loads, compares and saves.
   */
  snapshotSteps: 200_000,
  /** Characters of a title: a map's, a lane's, a step's, a stage's, a persona's name, an opportunity's. */
  titleLength: 2_000,
  /** Characters of any other text: a description, a pain point, a channel, an owner. */
  textLength: 20_000,
  /** Entries of a list of texts: pain points, channels, goals, frustrations. */
  listEntries: 500,
  /** How deep fields this version does not know may nest inside one another. */
  unknownNesting: 32,
  /** Bytes of a map file Outside-In reads: larger than any real map by orders of magnitude, so a mistaken path cannot eat the memory. */
  fileBytes: 256 * 1024 * 1024,
} as const;

/** The last column a step or stage may reach, counted from 0 as the file counts. */
export const LAST_COLUMN = MAP_LIMITS.columns - 1;

/** A limit as people read it: 10,000. */
export const limitWords = (limit: number): string => limit.toLocaleString('en-GB');
