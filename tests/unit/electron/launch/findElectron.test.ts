import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectron } from '../../../../electron/launch/findElectron';

let project: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'outside-in-find-electron-'));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

function writeExecutable(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
}

const electronPackage = (): string => join(project, 'node_modules', 'electron');

describe('findElectron', () => {
  it('finds the binary that node_modules/electron/path.txt names under its dist folder', () => {
    mkdirSync(electronPackage(), { recursive: true });
    writeFileSync(join(electronPackage(), 'path.txt'), 'electron');
    writeExecutable(join(electronPackage(), 'dist', 'electron'));
    expect(findElectron({ env: {}, projectRoot: project })).toBe(join(electronPackage(), 'dist', 'electron'));
  });

  it('returns null when path.txt names a binary that was never downloaded', () => {
    mkdirSync(electronPackage(), { recursive: true });
    writeFileSync(join(electronPackage(), 'path.txt'), 'electron');
    expect(findElectron({ env: {}, projectRoot: project })).toBeNull();
  });

  it('returns null when the electron package has no path.txt (its install step never ran)', () => {
    mkdirSync(electronPackage(), { recursive: true });
    expect(findElectron({ env: {}, projectRoot: project })).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, with the platform’s executable name when path.txt is absent', () => {
    const dist = join(project, 'custom-dist');
    writeExecutable(join(dist, 'electron'));
    expect(findElectron({ env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, projectRoot: project, platform: 'linux' })).toBe(join(dist, 'electron'));
    expect(findElectron({ env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, projectRoot: project, platform: 'win32' })).toBeNull();
  });

  it('returns null when ELECTRON_OVERRIDE_DIST_PATH points at a folder without the binary, even if dist has one', () => {
    mkdirSync(electronPackage(), { recursive: true });
    writeFileSync(join(electronPackage(), 'path.txt'), 'electron');
    writeExecutable(join(electronPackage(), 'dist', 'electron'));
    expect(findElectron({ env: { ELECTRON_OVERRIDE_DIST_PATH: join(project, 'nowhere') }, projectRoot: project })).toBeNull();
  });

  it('never loads the electron package, whose entry point would start a download', () => {
    // A package whose index.js throws: findElectron must not touch it.
    mkdirSync(electronPackage(), { recursive: true });
    writeFileSync(join(electronPackage(), 'index.js'), 'throw new Error("downloading");');
    writeFileSync(join(electronPackage(), 'package.json'), '{"name":"electron","main":"index.js"}');
    expect(findElectron({ env: {}, projectRoot: project })).toBeNull();
  });
});
