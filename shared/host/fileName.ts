/** The extension of a map file. */
export const JOURNEY_EXTENSION = '.journey';

// Characters no common file system accepts in a name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|]+/g;

/**
 * The file name a map is offered under when it is first saved: its title, made safe for any file
 * system, with the `.journey` extension ("Home insurance claim.journey").
 */
export function suggestedFileName(title: string): string {
  // A file name given as the title keeps its one extension ("claim.journey", not "claim.journey.journey").
  const safe = title
    .replace(/\.journey$/i, '')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${safe || 'Untitled map'}${JOURNEY_EXTENSION}`;
}

/**
 * The name a map read from another kind of file goes by until it is saved: the file's name with its
 * extension, one of `extensions`, made `.journey` ("Claim report.pdf" → "Claim report.journey").
 */
export function journeyNameOf(fileName: string, extensions: readonly string[]): string {
  const lower = fileName.toLowerCase();
  const extension = extensions.find((candidate) => lower.endsWith(candidate));
  return suggestedFileName(extension === undefined ? fileName : fileName.slice(0, -extension.length));
}
