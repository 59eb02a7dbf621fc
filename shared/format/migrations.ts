import { CURRENT_VERSION } from './version';

/** A JSON object as read from a file, before validation. */
export type RawObject = Record<string, unknown>;

/** Turns the whole file object of version `from` into version `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly migrate: (file: RawObject) => RawObject;
}

/**
 * Ordered, one step each. Version 1 is the first format, so there is nothing to migrate yet; a
 * format change adds an entry here and a fixture file `tests/fixtures/format/v<N>.journey`.
 */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Brings a file object from `fromVersion` up to `toVersion` by applying each migration in turn.
 * Throws when a step is missing: that is a programming error, not a user's bad file.
 */
export function migrate(
  file: RawObject,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  toVersion: number = CURRENT_VERSION,
): RawObject {
  let current = file;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from file-format version ${version} to ${version + 1}.`);
    current = { ...step.migrate(current), version: version + 1 };
  }
  return current;
}
