/** Exit statuses of the command line, and of the desktop app when it exports for it. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
