import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/contentSecurityPolicy';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Builds the renderer (the browser edition, and the page Electron loads) into dist/renderer. */
export default defineConfig({
  root: fromRoot('./renderer'),
  // Relative asset URLs, so the same build loads over http:// and from file:// under Electron.
  base: './',
  // Assets are imported from assets/ where they are needed; there is no folder copied verbatim.
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    // React, React DOM and Konva make one ~650 kB file. It loads from disk or localhost, never over
    // a slow network, so splitting it would buy nothing.
    chunkSizeWarningLimit: 1024,
  },
  preview: {
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
