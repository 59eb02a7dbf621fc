import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSettings, RESET_NOTICE } from '../../../../electron/services/settings';
import { DEFAULT_PREFERENCES } from '../../../../shared/host/hostApi';

// electron-store imports Electron only to find the user-data folder and to serve renderers; the
// settings pass the folder explicitly, so an empty Electron is all it needs outside the app.
vi.mock('electron', () => ({ default: {} }));

let folder: string;
const configPath = (): string => join(folder, 'config.json');
const onDisk = (): Record<string, unknown> => JSON.parse(readFileSync(configPath(), 'utf8')) as Record<string, unknown>;
const fixedNow = () => new Date('2025-03-04T05:06:07.089Z');

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-settings-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('settings', () => {
  it('start with the defaults and no notice when there is no settings file', async () => {
    const settings = await openSettings({ folder });
    expect(settings.preferences).toEqual({ theme: 'system', pdfPageSize: 'A4', autosaveDelayMs: 2000, outlineWidth: 260, outlineShown: true, sidebarShown: true, presentationStage: 'dark' });
    expect(settings.recentFiles).toEqual([]);
    expect(settings.notice).toBeNull();
    expect(settings.path).toBe(configPath());
  });

  it('keep changed preferences and recent files for the next start', async () => {
    const first = await openSettings({ folder });
    expect(first.setPreferences({ theme: 'dark', autosaveDelayMs: 500 })).toEqual({ ok: true, value: { theme: 'dark', pdfPageSize: 'A4', autosaveDelayMs: 500, outlineWidth: 260, outlineShown: true, sidebarShown: true, presentationStage: 'dark' } });
    expect(first.setPreferences({ pdfPageSize: 'A3' }).ok).toBe(true);
    expect(first.setPreferences({ presentationStage: 'light' }).ok).toBe(true);
    first.addRecentFile('/maps/a.journey');
    first.addRecentFile('/maps/b.journey');

    const again = await openSettings({ folder });
    expect(again.preferences).toEqual({ theme: 'dark', pdfPageSize: 'A3', autosaveDelayMs: 500, outlineWidth: 260, outlineShown: true, sidebarShown: true, presentationStage: 'light' });
    expect(again.recentFiles).toEqual(['/maps/b.journey', '/maps/a.journey']);
    expect(again.notice).toBeNull();
    expect(onDisk()).toMatchObject({ theme: 'dark', pdfPageSize: 'A3', autosaveDelayMs: 500, recentFiles: ['/maps/b.journey', '/maps/a.journey'] });
  });

  it('fill in a missing preference with its default and keep keys a newer version wrote', async () => {
    writeFileSync(configPath(), JSON.stringify({ theme: 'light', futureOption: { on: true } }));
    const settings = await openSettings({ folder });
    expect(settings.notice).toBeNull();
    expect(settings.preferences).toEqual({ ...DEFAULT_PREFERENCES, theme: 'light' });
    settings.setPreferences({ pdfPageSize: 'A3' });
    expect(onDisk()).toMatchObject({ theme: 'light', pdfPageSize: 'A3', futureOption: { on: true } });
  });

  it.each([
    ['text that is not JSON', '{"theme": "dark",'],
    ['an empty file', ''],
    ['a preference of the wrong type', JSON.stringify({ theme: 42 })],
    ['a value out of bounds', JSON.stringify({ autosaveDelayMs: 10 })],
    ['recent files that are not a list of paths', JSON.stringify({ recentFiles: 'a.journey' })],
    ['JSON that is not an object', '[1, 2, 3]'],
  ])('reset a settings file holding %s to the defaults, with a notice, keeping the file aside', async (_, content) => {
    writeFileSync(configPath(), content);
    const settings = await openSettings({ folder, now: fixedNow });

    expect(settings.notice).toBe(RESET_NOTICE);
    expect(settings.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(settings.recentFiles).toEqual([]);
    const aside = join(folder, 'config.json.corrupt-2025-03-04T05-06-07-089Z');
    expect(readFileSync(aside, 'utf8')).toBe(content);

    expect(settings.setPreferences({ theme: 'dark' }).ok).toBe(true);
    const again = await openSettings({ folder });
    expect(again.notice).toBeNull();
    expect(again.preferences.theme).toBe('dark');
  });

  it('reset a settings file that is a folder', async () => {
    mkdirSync(configPath());
    const settings = await openSettings({ folder, now: fixedNow });
    expect(settings.notice).toBe(RESET_NOTICE);
    expect(readdirSync(folder).sort()).toEqual(['config.json', 'config.json.corrupt-2025-03-04T05-06-07-089Z']);
  });

  it.each([
    ['an unknown theme', { theme: 'sepia' }, /theme/],
    ['a delay below 500 ms', { autosaveDelayMs: 499 }, /autosaveDelayMs/],
    ['a delay above 60 s', { autosaveDelayMs: 60_001 }, /autosaveDelayMs/],
    ['an outline narrower than its least', { outlineWidth: 120 }, /outlineWidth/],
    ['a fractional delay', { autosaveDelayMs: 1500.5 }, /autosaveDelayMs/],
    ['an unknown page size', { pdfPageSize: 'Letter' }, /pdfPageSize/],
    ['a presentation stage of another colour', { presentationStage: 'grey' }, /presentationStage/],
    ['a key that is not a preference', { recentFiles: [] }, /"recentFiles" is not a preference/],
    ['one bad key beside a good one', { theme: 'dark', autosaveDelayMs: 'soon' }, /autosaveDelayMs/],
  ])('refuse %s with a message and change nothing', async (_, patch, mentions) => {
    const settings = await openSettings({ folder });
    settings.setPreferences({ pdfPageSize: 'A3' });
    const before = readFileSync(configPath(), 'utf8');

    const outcome = settings.setPreferences(patch as never);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('invalid-preferences');
    expect(outcome.error.message).toMatch(/^These preferences were not changed: /);
    expect(outcome.error.message).toMatch(mentions);
    expect(settings.preferences).toEqual({ ...DEFAULT_PREFERENCES, pdfPageSize: 'A3' });
    expect(readFileSync(configPath(), 'utf8')).toBe(before);
  });

  it('treat an explicitly undefined preference as no change', async () => {
    const settings = await openSettings({ folder });
    expect(settings.setPreferences({ theme: undefined, pdfPageSize: 'A3' })).toEqual({ ok: true, value: { ...DEFAULT_PREFERENCES, pdfPageSize: 'A3' } });
  });

  it('refuse a change that cannot be saved, keeping the preferences as they were', async () => {
    const inner = join(folder, 'user-data');
    const settings = await openSettings({ folder: inner });
    settings.setPreferences({ theme: 'light' });
    // The user-data folder turns into a file: every write fails, whoever runs the test.
    rmSync(inner, { recursive: true });
    writeFileSync(inner, '');

    const outcome = settings.setPreferences({ theme: 'dark' });
    expect(outcome).toEqual({ ok: false, error: { code: 'not-saved', message: expect.stringMatching(/^Your settings could not be saved: ./) } });
    expect(settings.preferences.theme).toBe('light');
    expect(settings.addRecentFile('/maps/a.journey').ok).toBe(false);
    expect(settings.recentFiles).toEqual([]);
  });

  it('open with the defaults in memory and say so when a corrupt file cannot be set aside', async () => {
    writeFileSync(configPath(), 'not json');
    // A folder already holds the name the corrupt file would be set aside as.
    mkdirSync(join(folder, 'config.json.corrupt-2025-03-04T05-06-07-089Z', 'occupied'), { recursive: true });

    const settings = await openSettings({ folder, now: fixedNow });
    expect(settings.notice).toMatch(/^Your settings file could not be read, nor set aside: .+ The default settings apply until Outside-In restarts, and changes to them will not be kept\.$/);
    expect(settings.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(settings.setPreferences({ theme: 'dark' }).ok).toBe(true);
    expect(settings.preferences.theme).toBe('dark');
    expect(readFileSync(configPath(), 'utf8')).toBe('not json');
  });
});

describe('recent files in the settings', () => {
  it('put the latest file first, without duplicates, at most 10', async () => {
    const settings = await openSettings({ folder });
    for (let n = 1; n <= 12; n++) settings.addRecentFile(`/maps/${n}.journey`);
    const outcome = settings.addRecentFile('/maps/5.journey');
    expect(outcome.ok && outcome.value).toEqual(['/maps/5.journey', '/maps/12.journey', '/maps/11.journey', '/maps/10.journey', '/maps/9.journey', '/maps/8.journey', '/maps/7.journey', '/maps/6.journey', '/maps/4.journey', '/maps/3.journey']);
    expect((await openSettings({ folder })).recentFiles).toEqual(settings.recentFiles);
  });

  it('remove one, and prune the files that are gone, keeping the order', async () => {
    const maps = join(folder, 'maps');
    mkdirSync(maps);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => join(maps, `${name}.journey`)) as [string, string, string, string];
    for (const path of [a, c, d]) writeFileSync(path, '{}');
    const settings = await openSettings({ folder });
    for (const path of [a, b, c, d]) settings.addRecentFile(path);

    expect(settings.removeRecentFile(d)).toEqual({ ok: true, value: [c, b, a] });
    rmSync(a);
    expect(await settings.pruneRecentFiles()).toEqual({ ok: true, value: [c] });
    expect((await openSettings({ folder })).recentFiles).toEqual([c]);
  });

  it('keep a file opened while the pruning check was running', async () => {
    const settings = await openSettings({ folder });
    settings.addRecentFile('/maps/gone.journey');
    settings.addRecentFile('/maps/kept.journey');
    const pruning = settings.pruneRecentFiles(async (path) => {
      settings.addRecentFile('/maps/new.journey');
      return path !== '/maps/gone.journey';
    });
    expect(await pruning).toEqual({ ok: true, value: ['/maps/new.journey', '/maps/kept.journey'] });
  });
});
