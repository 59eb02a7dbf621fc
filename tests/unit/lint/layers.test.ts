import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layer rules of docs/ARCHITECTURE.md (renderer → shared, electron → shared, only electron/ imports
// Electron) is enforced by the project's lint config. These probes prove the config catches each
// kind of violation and lets the allowed imports through.

const root = resolve(import.meta.dirname, '../../..');
/** Imports the rules must refuse. */
const probes: Record<string, string> = {
  'shared/nodeImport.ts': "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
  'shared/bareNodeImport.ts': "import path from 'path';\nexport const probe = path;\n",
  'shared/reactImport.ts': "import { useState } from 'react';\nexport const probe = useState;\n",
  'shared/rendererImport.ts': "export { probe } from '../renderer/thing';\n",
  'shared/electronLayerImport.ts': "import { probe as p } from '../electron/thing';\nexport const probe = p;\n",
  'renderer/electronImport.ts': "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n",
  'renderer/nodeImport.ts': "import { readFile } from 'node:fs/promises';\nexport const probe = readFile;\n",
  'renderer/electronLayerImport.ts': "import { probe as p } from '../electron/thing';\nexport const probe = p;\n",
  'electron/rendererImport.ts': "import { probe as p } from '../renderer/thing';\nexport const probe = p;\n",
  'tests/electronImport.ts': "import { app } from 'electron';\nexport const probe = app;\n",
  // The renderer's inner layers: platform < stores < commands, dialogs, widgets < features < app.
  'renderer/host/storeImport.ts': "export { probe } from '../store/thing';\n",
  'renderer/theme/featureImport.ts': "export { probe } from '../canvas/thing';\n",
  'renderer/store/commandImport.ts': "export { probe } from '../commands/thing';\n",
  'renderer/store/featureImport.ts': "export { probe } from '../panels/thing';\n",
  'renderer/commands/featureImport.ts': "export { probe } from '../canvas/thing';\n",
  'renderer/widgets/featureImport.ts': "export { probe } from '../panels/thing';\n",
  'renderer/dialogs/appImport.ts': "export { probe } from '../app/thing';\n",
  'renderer/canvas/appImport.ts': "export { probe } from '../app/thing';\n",
  'renderer/canvas/tools/appImport.ts': "export { probe } from '../../app/thing';\n",
  'renderer/panels/inspector/appImport.ts': "export { probe } from '../../app/thing';\n",
};

/** Imports the rules must let through. */
const allowed: Record<string, string> = {
  'renderer/sharedImport.ts': "import { parse } from '../shared/format/parse';\nexport const probe = parse;\n",
  'electron/electronImport.ts': "import { app } from 'electron';\nimport { parse } from '../shared/format/parse';\nexport const probe = [app, parse];\n",
  'shared/zodImport.ts': "import { z } from 'zod';\nexport const probe = z;\n",
  'renderer/host/sharedImport.ts': "export { probe } from '../../shared/report/thing';\n",
  'renderer/commands/storeImport.ts': "export { probe } from '../store/thing';\n",
  'renderer/canvas/storeImport.ts': "export { probe } from '../store/thing';\n",
  'renderer/canvas/tools/commandImport.ts': "export { probe } from '../../commands/thing';\n",
  'renderer/canvas/tools/ownFolderImport.ts': "export { probe } from '../canvasStore';\n",
  'renderer/panels/featureImport.ts': "export { probe } from '../canvas/thing';\n",
  'renderer/app/featureImport.ts': "export { probe } from '../canvas/thing';\n",
};

interface Diagnostic {
  filename: string;
  code: string;
}

let folder: string;
let flagged: Map<string, number>;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-lint-'));
  for (const [file, text] of [...Object.entries(probes), ...Object.entries(allowed)]) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  // The config's globs are relative to its own folder, so the probes get a copy of it beside them.
  copyFileSync(join(root, '.oxlintrc.json'), join(folder, '.oxlintrc.json'));
  let output: string;
  try {
    output = execFileSync(join(root, 'node_modules/.bin/oxlint'), ['-c', '.oxlintrc.json', '-f', 'json', '.'], { cwd: folder, encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout: string }).stdout; // oxlint exits 1 when it finds errors
  }
  const diagnostics = (JSON.parse(output) as { diagnostics: Diagnostic[] }).diagnostics;
  flagged = new Map();
  for (const d of diagnostics.filter((d) => d.code.includes('no-restricted-imports'))) {
    const file = d.filename.replace(/^\.\//, '');
    flagged.set(file, (flagged.get(file) ?? 0) + 1);
  }
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the layer lint rule', () => {
  it.each(Object.keys(probes))('refuses %s', (file) => {
    expect(flagged.get(file) ?? 0).toBeGreaterThan(0);
  });
  it.each(Object.keys(allowed))('allows %s', (file) => {
    expect(flagged.get(file) ?? 0).toBe(0);
  });
});
