import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type Migration } from '../../../../shared/format/migrations';
import { parse } from '../../../../shared/format/parse';
import { CURRENT_VERSION } from '../../../../shared/format/version';
import { FIXTURES, fixtureText, loaded } from '../../support/fixtures';

const versions = Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1);

describe('file-format versions', () => {
  it.each(versions)('version %i has a fixture file that loads into a current map', (version) => {
    const path = join(FIXTURES, 'format', `v${version}.journey`);
    expect(existsSync(path), `add ${path} when introducing version ${version}`).toBe(true);
    const text = fixtureText('format', `v${version}.journey`);
    expect(JSON.parse(text).version).toBe(version);
    expect(loaded(parse(text)).steps.length).toBeGreaterThan(0);
  });

  it('has one migration for every version before the current one, in order', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(versions.slice(0, -1));
  });
});

describe('migrate', () => {
  const renameTitles: Migration = { from: 1, migrate: (file) => ({ ...file, note: 'v2' }) };
  const addCount: Migration = { from: 2, migrate: (file) => ({ ...file, count: 3 }) };

  it('applies each step in order and stamps the version', () => {
    expect(migrate({ version: 1 }, 1, [addCount, renameTitles], 3)).toEqual({ version: 3, note: 'v2', count: 3 });
    expect(migrate({ version: 2 }, 2, [addCount, renameTitles], 3)).toEqual({ version: 3, count: 3 });
  });

  it('leaves a current file as it is', () => {
    const file = { version: 3 };
    expect(migrate(file, 3, [renameTitles, addCount], 3)).toBe(file);
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrate({ version: 1 }, 1, [addCount], 3)).toThrow('No migration from file-format version 1 to 2.');
  });
});
