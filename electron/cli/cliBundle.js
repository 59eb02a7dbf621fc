// Plain JavaScript, typed by its JSDoc: the launcher (outside-in.js) runs it on plain Node, before
// anything TypeScript can run.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isBuildStale } from './staleBuild.js';

/** What the bundle is built from, relative to the project root: its code, and the packages it takes in (npm rewrites the lock files when they change). */
export const CLI_SOURCES = ['electron', 'shared', 'package-lock.json', 'node_modules/.package-lock.json'];

// Each build goes into a folder of its own, dist/cli-<time>-<random>, and dist/cli-current.txt names
// the current one. A folder is never rewritten, so a command that started on the previous build
// still finds its lazily loaded parts (the PDF path) while a new build is made, and two commands that
// build at once do not write over each other. The folder sits directly in dist/, as deep as
// electron/launch/projectRoot.ts is in the sources, so the project root it computes holds in the
// bundle too.
const POINTER = 'cli-current.txt';
const BUILD_FOLDER = /^cli-([0-9a-z]{10})-[0-9a-f]{6}$/;

/**
 * The command line's bundle to run (its main.js), built first when it is missing or older than
 * its sources, so that a fresh clone and a changed source both work without a build step.
 * @param {string} root the project's folder
 * @returns {Promise<string>}
 */
export async function cliBundle(root) {
  const current = await currentBuild(root);
  if (current !== null) {
    const main = join(root, 'dist', current, 'main.js');
    if (!(await isBuildStale(main, CLI_SOURCES.map((source) => join(root, source))))) return main;
  }
  return buildCliBundle(root);
}

/**
 * Bundles electron/cli/main.ts with esbuild into a new build folder, makes it the current one and
 * removes the builds before the previous one. Returns the new main.js.
 * @param {string} root the project's folder
 * @returns {Promise<string>}
 */
export async function buildCliBundle(root) {
  // esbuild starts a helper program when loaded: a cost only a build pays.
  const { build } = await import('esbuild');
  const startedAt = new Date();
  const name = `cli-${startedAt.getTime().toString(36).padStart(10, '0')}-${randomBytes(3).toString('hex')}`;
  const folder = join(root, 'dist', name);
  await build({
    entryPoints: { main: join(root, 'electron/cli/main.ts') },
    outdir: folder,
    bundle: true,
    // Code behind a dynamic import (the report printer, pdf-lib, the PDF importer) stays in chunks
    // of its own that load only when a command needs them.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The packages' ES module builds, taken into the bundle: one file parses faster than a
    // package's hundreds. Vite (the report page's build) stays outside, loaded only to build.
    mainFields: ['module', 'main'],
    external: ['vite', 'electron'],
    logLevel: 'error',
  });
  const main = join(folder, 'main.js');
  // Dated when the build began: a source saved while it ran is newer, and makes it stale.
  await utimes(main, startedAt, startedAt);
  const previous = await currentBuild(root);
  const pointer = join(root, 'dist', POINTER);
  const written = `${pointer}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(written, `${name}\n`);
  await rename(written, pointer);
  if (previous !== null) await removeBuildsBefore(root, previous);
  return main;
}

/**
 * The current build's folder name, or null when there is none.
 * @param {string} root
 * @returns {Promise<string | null>}
 */
async function currentBuild(root) {
  try {
    const name = (await readFile(join(root, 'dist', POINTER), 'utf8')).trim();
    return BUILD_FOLDER.test(name) ? name : null;
  } catch {
    return null;
  }
}

/**
 * Removes the build folders made before `kept`; `kept` and anything newer (another command's build
 * made at the same time) stay.
 * @param {string} root
 * @param {string} kept
 */
async function removeBuildsBefore(root, kept) {
  const keptTime = BUILD_FOLDER.exec(kept)?.[1] ?? '';
  const entries = await readdir(join(root, 'dist'));
  const older = entries.filter((entry) => {
    const time = BUILD_FOLDER.exec(entry)?.[1];
    return time !== undefined && time < keptTime;
  });
  await Promise.all(older.map((entry) => rm(join(root, 'dist', entry), { recursive: true, force: true })));
}
