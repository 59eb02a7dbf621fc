import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type LogLevel } from 'vite';
import { PROJECT_ROOT } from './projectRoot';

/** Where the builds go, relative to the project root. */
export const RENDERER_OUT_DIR = join(PROJECT_ROOT, 'dist/renderer');
export const ELECTRON_OUT_DIR = join(PROJECT_ROOT, 'dist/electron');

/** The renderer's Vite config. */
export const RENDERER_CONFIG = join(PROJECT_ROOT, 'vite.config.ts');

/**
 * How Vite loads the config: through its module runner, which resolves the config's TypeScript
 * imports the way the rest of the project writes them (without file extensions).
 */
export const CONFIG_LOADER = 'runner' as const;

// Vite reports each built file; the launchers only want to hear about trouble.
const LOG_LEVEL: LogLevel = 'warn';

/**
 * Builds the renderer with the root vite.config.ts into dist/renderer, or into `outDir` for a run
 * (the benchmark) that must not disturb a server serving dist/renderer meanwhile.
 */
export async function buildRenderer(outDir?: string): Promise<void> {
  await build({ configFile: RENDERER_CONFIG, configLoader: CONFIG_LOADER, logLevel: LOG_LEVEL, ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) });
}

/**
 * Builds the main process and the preload, each into one CommonJS file in dist/electron. One file
 * each because a sandboxed preload cannot load split chunks; CommonJS because that is what
 * Electron's `require` of `main` and `preload` expects.
 */
export async function buildElectron(): Promise<void> {
  for (const [name, entry] of [
    ['main', 'electron/main/main.ts'],
    ['preload', 'electron/preload/preload.ts'],
  ] as const) {
    await build({
      configFile: false,
      root: PROJECT_ROOT,
      logLevel: LOG_LEVEL,
      publicDir: false,
      // Both run in Node, not in a page: packages must give their Node build, never their
      // browser one (which reaches for `window` the moment it loads).
      resolve: { conditions: ['node', 'module', 'import', 'default'], mainFields: ['module', 'main'] },
      build: {
        outDir: ELECTRON_OUT_DIR,
        // Main and preload share the folder; each build must not delete the other's file.
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        sourcemap: true,
        lib: { entry: join(PROJECT_ROOT, entry), formats: ['cjs'], fileName: () => `${name}.cjs` },
        rolldownOptions: {
          external: ['electron', ...builtinModules, /^node:/],
        },
      },
    });
  }
}
