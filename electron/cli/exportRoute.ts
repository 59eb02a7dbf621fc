import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from '../launch/findChromium';
import { findElectron } from '../launch/findElectron';
import { PROJECT_ROOT } from '../launch/projectRoot';
import { EXIT } from '../services/export/exitStatus';
import type { ReportExportRequest } from '../services/export/exportRequest';
import { exportSwitch } from '../services/export/exportSwitch';
import type { ReportPrinter } from '../services/report/renderReport';
import type { CliIo } from './cliIo';
import { isBuildStale } from './staleBuild';

/**
 * How an export reaches a browser: the desktop app, which reads the map and writes the file itself;
 * a printer whose bytes the command writes; or nothing to print with, and why.
 */
export type ExportRoute =
  | { readonly kind: 'desktop'; run(request: ReportExportRequest, io: CliIo): Promise<number> }
  | { readonly kind: 'printer'; readonly printer: ReportPrinter }
  | { readonly kind: 'none'; readonly message: string };

/** Finds the route for an export, building what it needs first; tests put in a recording fake. */
export type FindExportRoute = (io: CliIo) => Promise<ExportRoute>;

/** Where to look for a browser and the built pages; the defaults are this process's environment and project. */
export interface ExportRouteOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** The renderer build holding report.html; built afresh when older than its sources. Default dist/renderer. */
  readonly rendererDir?: string;
  /** A built main process for the desktop app to start, used as it is; by default dist/electron/main.cjs, built afresh when older than its sources. */
  readonly electronMain?: string;
}

// The build outputs of electron/launch/builds.ts, named here rather than imported from it: that
// module loads Vite, a cost an export whose build is current should not pay.
const RENDERER_DIR = join(PROJECT_ROOT, 'dist/renderer');
const ELECTRON_MAIN = join(PROJECT_ROOT, 'dist/electron/main.cjs');
const RENDERER_SOURCES = ['renderer', 'shared', 'assets', 'vite.config.ts'].map((path) => join(PROJECT_ROOT, path));
const ELECTRON_SOURCES = ['electron', 'shared'].map((path) => join(PROJECT_ROOT, path));

/**
 * The desktop app when its Electron binary is installed (the product prints with its own
 * Chromium), else the system Chromium driven headless, else none.
 */
export function findExportRoute({ env = process.env, rendererDir = RENDERER_DIR, electronMain }: ExportRouteOptions = {}): FindExportRoute {
  return async (io) => {
    const electron = findElectron({ env });
    if (electron) {
      await buildReportPage(rendererDir, io);
      if (electronMain === undefined && (await isBuildStale(ELECTRON_MAIN, ELECTRON_SOURCES))) {
        io.err('Building the desktop app (first export only)…\n');
        const { buildElectron } = await import('../launch/builds');
        await buildElectron();
      }
      return { kind: 'desktop', run: (request, runIo) => runDesktopExport(electron, electronMain ?? ELECTRON_MAIN, request, runIo, env) };
    }
    const chromium = findChromium({ env });
    if (!chromium) return { kind: 'none', message: noBrowser(env) };
    await buildReportPage(rendererDir, io);
    const { chromiumPrinter } = await import('../services/report/chromiumReport');
    return { kind: 'printer', printer: chromiumPrinter({ executablePath: chromium, rendererDir }) };
  };
}

function noBrowser(env: NodeJS.ProcessEnv): string {
  return env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not a program that can be run; point it at Chromium or Chrome to export.`
    : 'Exporting needs Chromium (or the desktop app), and neither was found: install Chromium, or set CHROMIUM_PATH to a Chromium or Chrome program.';
}

/** Builds the renderer when report.html is missing or older than what it is built from. */
async function buildReportPage(rendererDir: string, io: CliIo): Promise<void> {
  if (!(await isBuildStale(join(rendererDir, 'report.html'), RENDERER_SOURCES))) return;
  io.err('Building the report page (first export only)…\n');
  const { buildRenderer } = await import('../launch/builds');
  await buildRenderer(rendererDir === RENDERER_DIR ? undefined : rendererDir);
}

/**
 * Hands the export to the desktop app (electron/main/exportMode.ts): it reads the map, prints with
 * its own Chromium, writes the file, says one line on stderr when it fails, and exits with the
 * command line's status, which is passed on.
 */
async function runDesktopExport(electron: string, main: string, request: ReportExportRequest, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const childEnv = { ...env };
  // Set, this would make Electron a plain Node that runs main.cjs without an app around it.
  delete childEnv.ELECTRON_RUN_AS_NODE;
  return new Promise((resolve) => {
    // Chromium's own chatter goes to stdout at times; the command line's stdout stays empty.
    const child = spawn(electron, [main, exportSwitch(request)], { env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => io.err(text));
    child.on('error', (error) => {
      io.err(`Could not start the desktop app (${electron}): ${error.message}\n`);
      resolve(EXIT.failure);
    });
    child.on('close', (code) => resolve(code ?? EXIT.failure));
  });
}
