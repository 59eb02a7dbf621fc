import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../../../electron/launch/findChromium';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'outside-in-find-chromium-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function place(folder: string, name: string, mode = 0o755): string {
  const directory = join(root, folder);
  mkdirSync(directory, { recursive: true });
  const path = join(directory, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
}

describe('findChromium', () => {
  it('finds chromium-browser or google-chrome on PATH, in PATH order', () => {
    const chrome = place('a', 'google-chrome');
    place('b', 'chromium');
    expect(findChromium({ env: { PATH: [join(root, 'a'), join(root, 'b')].join(delimiter) }, platform: 'linux' })).toBe(chrome);
  });

  it('prefers chromium over other names in the same folder', () => {
    place('a', 'google-chrome');
    const chromium = place('a', 'chromium');
    expect(findChromium({ env: { PATH: join(root, 'a') }, platform: 'linux' })).toBe(chromium);
  });

  it('skips a file of that name that is not executable', () => {
    place('a', 'chromium', 0o644);
    const browser = place('b', 'chromium-browser');
    expect(findChromium({ env: { PATH: [join(root, 'a'), join(root, 'b')].join(delimiter) }, platform: 'linux' })).toBe(browser);
  });

  it('uses CHROMIUM_PATH when set, and only it', () => {
    const chosen = place('custom', 'my-chromium');
    place('a', 'chromium');
    expect(findChromium({ env: { CHROMIUM_PATH: chosen, PATH: join(root, 'a') }, platform: 'linux' })).toBe(chosen);
    expect(findChromium({ env: { CHROMIUM_PATH: join(root, 'missing'), PATH: join(root, 'a') }, platform: 'linux' })).toBeNull();
  });

  it('returns null when there is no Chromium', () => {
    mkdirSync(join(root, 'empty'));
    expect(findChromium({ env: { PATH: join(root, 'empty') }, platform: 'linux' })).toBeNull();
    expect(findChromium({ env: {}, platform: 'linux' })).toBeNull();
  });
});
