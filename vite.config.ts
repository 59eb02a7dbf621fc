import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/contentSecurityPolicy';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Builds the renderer into dist/renderer: the workbench (index.html: the browser edition, and the
 * page Electron loads) and the printable report (report.html, which Chromium turns into the PDF).
 */
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
    rolldownOptions: {
      input: { index: fromRoot('./renderer/index.html'), report: fromRoot('./renderer/report.html'), participant: fromRoot('./renderer/participant.html') },
    },
  },
  // The import worker loads its parser (bpmn-moddle) on demand, which needs a worker of ES modules.
  worker: { format: 'es' },
  preview: {
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
