import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect } from 'vitest';
import type { CliIo } from '../../../../electron/cli/cliIo';
import { exportCommand } from '../../../../electron/cli/exportCommand';
import type { ExportRoute, FindExportRoute } from '../../../../electron/cli/exportRoute';
import { runCli } from '../../../../electron/cli/runCli';
import type { ReportJob } from '../../../../electron/services/report/renderReport';
import { FIXTURES } from '../../support/fixtures';

// What the export tests share: running the command line in-process, a printer that records its
// jobs, and a scratch folder of each test file's own.

/** The scratch folder of the test file that called useScratchFolder, made before its tests and removed after. */
export const scratch = { folder: '' };

/** Gives the calling test file a scratch folder of its own. */
export function useScratchFolder(): void {
  beforeAll(() => {
    scratch.folder = mkdtempSync(join(tmpdir(), 'outside-in-export-'));
  });
  afterAll(() => rmSync(scratch.folder, { recursive: true, force: true }));
}

export const root = resolve(import.meta.dirname, '../../../..');
export const SCREENSHOTS = join(root, 'test-results/screenshots');
export const isRoot = process.getuid?.() === 0;

export interface Said {
  status: number;
  stdout: string;
  stderr: string;
}

export const recorder = (): { io: CliIo; said: Omit<Said, 'status'> } => {
  const said = { stdout: '', stderr: '' };
  return { io: { out: (text) => (said.stdout += text), err: (text) => (said.stderr += text) }, said };
};

/** Runs the command line in-process, as `npm run cli` does. */
export async function cli(...argv: string[]): Promise<Said> {
  const { io, said } = recorder();
  return { status: await runCli(argv, io), ...said };
}

/** Runs `export` in-process with the given way to a browser. */
export async function exportVia(findRoute: FindExportRoute, ...argv: string[]): Promise<Said> {
  const { io, said } = recorder();
  return { status: await exportCommand(argv, io, findRoute), ...said };
}

/** A route to a printer that records every job and answers with a one-page PDF, or a few bytes for images. */
export function recordingRoute(): { find: FindExportRoute; jobs: ReportJob[]; asked: () => number } {
  const jobs: ReportJob[] = [];
  let asked = 0;
  const route: ExportRoute = {
    kind: 'printer',
    printer: async (job) => {
      jobs.push(job);
      if (job.format !== 'pdf') return new TextEncoder().encode(`<${job.format}/>`);
      const pdf = await PDFDocument.create();
      pdf.addPage();
      return pdf.save();
    },
  };
  return {
    find: async () => {
      asked++;
      return route;
    },
    jobs,
    asked: () => asked,
  };
}

export const write = (name: string, content: string | Uint8Array): string => {
  const path = join(scratch.folder, name);
  writeFileSync(path, content);
  return path;
};

// Other work on the renderer's sources may make a build stale in the middle of the tests; the
// export then rebuilds it first and says so, which is right.
export const QUIET = expect.stringMatching(/^(Building the report page \(first export only\)…\n)?$/);

export const example = (name: string): string => join(FIXTURES, 'examples', `${name}.journey`);
export const EXAMPLES = ['home-insurance-claim', 'b2b-services'] as const;
