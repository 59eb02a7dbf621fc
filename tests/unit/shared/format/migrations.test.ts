import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type Migration, type RawObject } from '../../../../shared/format/migrations';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
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

/** A version 1 file around the given lanes (and personas), with one step so it is a real map. */
const v1 = (lanes: unknown[], more: RawObject = {}): RawObject => ({
  format: 'outside-in.journey',
  version: 1,
  map: { id: 'm', title: 'T', lanes, steps: [{ id: 's1', laneId: 'j', title: 'S', column: 0 }], ...more },
});
const toV2 = (file: RawObject) => migrate(file, 1) as { version: number; map: { lanes: RawObject[]; personas?: RawObject[] } };

describe('version 1 → 2: lane persona texts become personas', () => {
  it('opens the fixture with persona texts: one persona per text, shared by lanes with the same text or an existing name', () => {
    const map = loaded(parse(fixtureText('format', 'v1-lane-persona.journey')));
    expect(map.personas).toEqual([
      { id: 'persona-dana', name: 'Dana Whitfield', colour: '#7a5c8e' },
      { id: 'persona-1', name: 'Ana, 34' },
      { id: 'persona-2', name: 'Sam the tenant' },
    ]);
    expect(map.lanes.map((lane) => [lane.id, lane.personaId])).toEqual([
      ['owner', 'persona-1'],
      ['tenant', 'persona-2'],
      ['second-home', 'persona-1'],
      ['landlord', 'persona-dana'],
      ['buyer', 'persona-dana'],
      ['visitor', undefined],
      ['sales', undefined],
    ]);
    for (const lane of map.lanes) expect(lane).not.toHaveProperty('persona');
    expect(map.lanes[0]).toEqual({ id: 'owner', kind: 'journey', title: 'Home owner', personaId: 'persona-1', showEmotionCurve: true });
  });

  it('keeps the fields it does not know, on lanes, the map and the envelope', () => {
    const map = loaded(parse(fixtureText('format', 'v1-lane-persona.journey')));
    expect(map.lanes[2]).toMatchObject({ rating: 4 });
    const migrated = toV2(v1([{ id: 'j', kind: 'journey', title: 'J', persona: 'Ana', mood: { a: 1 } }], { theme: 'dark' }));
    expect(migrated).toMatchObject({ version: 2, map: { theme: 'dark', lanes: [{ id: 'j', personaId: 'persona-1', mood: { a: 1 } }] } });
  });

  it('saves a migrated map as version 2, without the old text, and reads it back the same', () => {
    const map = loaded(parse(fixtureText('format', 'v1-lane-persona.journey')));
    const text = serialise(map);
    expect(JSON.parse(text).version).toBe(2);
    expect(text).not.toContain('"persona":');
    expect(loaded(parse(text))).toEqual(map);
  });

  it('gives each new persona an id nothing else in the map uses', () => {
    const file = v1([{ id: 'j', kind: 'journey', title: 'J', persona: 'Ana' }, { id: 'persona-2', kind: 'journey', title: 'K', persona: 'Ben' }], {
      stages: [{ id: 'persona-1', title: 'Stage', fromColumn: 0, toColumn: 0 }],
    });
    const map = loaded(parse(JSON.stringify(file)));
    expect(map.personas).toEqual([
      { id: 'persona-3', name: 'Ana' },
      { id: 'persona-4', name: 'Ben' },
    ]);
  });

  it('changes nothing in a file without persona texts, and leaves its input untouched', () => {
    const plain = v1([{ id: 'j', kind: 'journey', title: 'J' }]);
    expect(toV2(plain).map).toBe(plain.map);
    const old = v1([{ id: 'j', kind: 'journey', title: 'J', persona: 'Ana' }]);
    const before = structuredClone(old);
    toV2(old);
    expect(old).toEqual(before);
  });

  it('leaves a file it cannot make sense of to the validator', () => {
    for (const map of [null, 'map', { lanes: 'none' }, { lanes: [{ id: 'j', persona: 'Ana' }], personas: 'many' }]) {
      expect(toV2({ version: 1, map }).map).toEqual(map);
    }
  });

  it('never throws, and leaves no text behind, whatever the lanes hold', () => {
    const lane = fc.record(
      { id: fc.oneof(fc.constantFrom('j', 'k', 'persona-1'), fc.jsonValue()), persona: fc.jsonValue({ maxDepth: 1 }), personaId: fc.constantFrom('p', 'persona-1') },
      { requiredKeys: ['persona'] },
    );
    const lanes = fc.array(fc.oneof(lane, fc.jsonValue({ maxDepth: 1 })), { maxLength: 6 });
    const personas = fc.option(fc.oneof(fc.array(fc.record({ id: fc.string(), name: fc.string() }), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })), { nil: undefined });
    fc.assert(
      fc.property(lanes, personas, (raw, known) => {
        const migrated = toV2(v1(raw, known === undefined ? {} : { personas: known }));
        if (known !== undefined && !Array.isArray(known)) return;
        for (const after of migrated.map.lanes) if (after !== null && typeof after === 'object') expect(after).not.toHaveProperty('persona');
      }),
      { numRuns: 300 },
    );
  });
});
