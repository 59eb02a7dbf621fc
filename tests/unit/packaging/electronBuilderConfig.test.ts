import { resolve } from 'node:path';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
// electron-builder's own loader and schema validator: the same checks a real packaging run makes
// first, runnable where the Electron zip cannot be downloaded.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import pkg from '../../../package.json' with { type: 'json' };
import { associatedExtensions, IMPORTERS } from '../../../shared/format/importers';

const root = resolve(import.meta.dirname, '../../..');

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema validation', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is checked by a validator that does refuse a wrong shape', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration({ ...config, asar: 'yes please' } as never, new DebugLogger(false))).rejects.toThrow(/asar/);
  });

  it('packages the built app, starting at package.json’s main, with the pinned Electron', async () => {
    const config: Configuration = await getConfig(root, null, null);
    const patterns = [config.files].flat().flatMap((set) => (typeof set === 'string' ? [set] : [set?.filter ?? []].flat()));
    expect(patterns).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json']));
    expect(pkg.main.startsWith('dist/electron/')).toBe(true);
    expect(config.electronVersion).toBe(pkg.devDependencies.electron);
    expect(config.asar).toBe(true);
  });

  it('flips the fuses that close Node and inspector doors in the packaged binary', async () => {
    const config: Configuration = await getConfig(root, null, null);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('registers .journey files with the app', async () => {
    const config: Configuration = await getConfig(root, null, null);
    const associations = [config.fileAssociations].flat();
    expect(associations).toContainEqual(expect.objectContaining({ ext: 'journey', role: 'Editor' }));
  });

  // YAML cannot import the importer registry, so this keeps the two in step: a type marked as a
  // file association is registered, and no other (every PDF opening in Outside-In would be rude).
  it('registers exactly the extensions the importers mark as file associations', async () => {
    const config: Configuration = await getConfig(root, null, null);
    const registered = [config.fileAssociations]
      .flat()
      .flatMap((association) => [association?.ext ?? []].flat())
      .map((ext) => `.${ext.replace(/^\./, '').toLowerCase()}`);
    expect(registered.sort()).toEqual([...associatedExtensions()].sort());
    expect(registered).not.toContain('.pdf');
    expect(IMPORTERS.find((importer) => importer.extensions.includes('.pdf'))?.fileAssociation).toBe(false);
  });
});
