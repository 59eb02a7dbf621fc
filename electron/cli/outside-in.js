#!/usr/bin/env node
// `outside-in <command>` (package.json "bin") and `npm run cli -- <command>`: the command line
// (main.ts) from its bundle, built first when missing or older than its sources (cliBundle.js).
// Plain JavaScript on plain Node: no TypeScript loader to start on every run.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliBundle } from './cliBundle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

let main;
try {
  main = await cliBundle(root);
} catch (error) {
  // esbuild has already said what in the sources is wrong; this says what it means for the command.
  process.stderr.write(`Outside-In's command line could not be built: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(main).href);
