// pdf-lib writes what it reads past in a PDF (a number too large for some readers, an object
// numbered 0, an invalid object) to console.warn: lines on the command line's stderr after a
// successful `analyze`, and noise in the app's console. Outside-In says what matters about a PDF
// in its own words, so while pdf-lib parses, those lines (and only those) are held back.

interface WarningConsole {
  warn(...args: unknown[]): void;
}

// shared/ is compiled without DOM or Node typings; every runtime it runs in has a console.
const host = globalThis as unknown as { console: WarningConsole };

/** The beginnings of the lines pdf-lib's parser warns with (pdf-lib 1.17). */
const PDF_LIB_WARNINGS = [/^Trying to parse invalid object/, /^Invalid object ref:/, /^Removing parsed object:/, /^Parsed number that is too large/, /^Removing XFA form data/];

const isPdfLibWarning = (args: readonly unknown[]): boolean => typeof args[0] === 'string' && PDF_LIB_WARNINGS.some((pattern) => pattern.test(args[0] as string));

let holders = 0;
let passOn: WarningConsole['warn'] | null = null;
let filter: WarningConsole['warn'] | null = null;

/**
 * Runs `task` (pdf-lib reading a PDF) with pdf-lib's warnings held back; any other warning written
 * meanwhile goes through. Loads running at once share one filter; the console's own `warn` comes
 * back when the last ends, unless someone replaced it meanwhile.
 */
export async function withoutPdfLibWarnings<T>(task: () => Promise<T>): Promise<T> {
  if (holders === 0) {
    const original = host.console.warn;
    const quiet: WarningConsole['warn'] = (...args) => {
      if (!isPdfLibWarning(args)) original.apply(host.console, args);
    };
    passOn = original;
    filter = quiet;
    host.console.warn = quiet;
  }
  holders += 1;
  try {
    return await task();
  } finally {
    holders -= 1;
    if (holders === 0) {
      if (host.console.warn === filter && passOn) host.console.warn = passOn;
      passOn = null;
      filter = null;
    }
  }
}
