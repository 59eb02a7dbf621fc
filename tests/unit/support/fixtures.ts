import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { LoadResult } from '../../../shared/format/problem';

/** The repository's tests/fixtures folder: tests never read outside the repository. */
export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

export function fixtureText(...path: string[]): string {
  return readFileSync(join(FIXTURES, ...path), 'utf8');
}

/** The example maps, each with the analysis `analyze --json` must print for it. */
export function examples(): { name: string; journey: string; expected: unknown }[] {
  return readdirSync(join(FIXTURES, 'examples'))
    .filter((file) => file.endsWith('.journey'))
    .map((file) => {
      const name = file.replace(/\.journey$/, '');
      return { name, journey: fixtureText('examples', file), expected: JSON.parse(fixtureText('examples', `${name}.expected.json`)) };
    });
}

/** The value of a successful load; fails the test with the problems otherwise. */
export function loaded<T>(result: LoadResult<T>): T {
  if (!result.ok) expect.fail(`expected the load to succeed, got: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** The problems of a failed load; fails the test if it succeeded. */
export function problemsOf<T>(result: LoadResult<T>): readonly { path: string; message: string }[] {
  if (result.ok) expect.fail('expected the load to fail');
  return result.problems;
}
