/**
 * The switches Chromium runs with here (docs/ARCHITECTURE.md): no GPU, and nothing that phones home (update
 * checks, sync, component downloads, QUIC probes), so that a run is offline and repeatable.
 */
const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

/**
 * The flags for a Chromium run. Without its sandbox (`--no-sandbox`) for the tests, which run as
 * root in containers where Chromium's sandbox cannot start; a person's own window keeps the
 * sandbox unless they run as root.
 */
export function chromiumFlags({ sandbox }: { readonly sandbox: boolean }): string[] {
  return sandbox ? [...QUIET_FLAGS] : ['--no-sandbox', ...QUIET_FLAGS];
}
