/** Where the command line writes; injected so tests run commands in-process and read what they said. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit statuses of the command line. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
