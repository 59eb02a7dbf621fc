import { shownCode } from '../../shared/room/roomCode';
import { buildRenderer } from './builds';
import { isPortFree, LOOPBACK } from './ports';
import { PortInUseError, serveBrowserEdition } from './serveBrowserEdition';
import { stopOnSignal } from './stopOnSignal';
import { parseWebArguments } from './webArguments';

// `npm run web -- --port <n> [--room]`: build the renderer and serve the browser edition on this
// machine only; with --room, open a workshop room on it too. Mistakes in the call end with one line on stderr and exit code 2, never a stack trace.

const EXIT_USAGE = 2;

function refuse(message: string): never {
  console.error(message);
  process.exit(EXIT_USAGE);
}

const parsed = parseWebArguments(process.argv.slice(2));
if (!parsed.ok) refuse(parsed.message);
const { port, room } = parsed.value;
const portTaken = `Port ${port} on ${LOOPBACK} is already in use; stop what uses it or choose another with --port <n>.`;

// Checked before building, so a taken port is reported in a moment rather than after the build.
if (!(await isPortFree(port))) refuse(portTaken);
await buildRenderer();
try {
  const server = await serveBrowserEdition({ port });
  stopOnSignal(() => server.close());
  console.log(`Serving the browser edition of Outside-In at ${server.url} (Ctrl+C stops it).`);
  if (room) {
    const opened = await server.room['room:open']({ address: LOOPBACK, state: { title: 'Workshop', namesRequired: false } });
    if (!opened.ok) refuse(opened.error.message);
    console.log(`Room open at ${opened.value.url} · code ${shownCode(opened.value.code)} (this computer only; the app's Workshop ▸ Room shows it too).`);
  }
} catch (error) {
  if (error instanceof PortInUseError) refuse(portTaken);
  throw error;
}
