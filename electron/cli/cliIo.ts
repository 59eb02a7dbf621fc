/** Where the command line writes; injected so tests run commands in-process and read what they said. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}
