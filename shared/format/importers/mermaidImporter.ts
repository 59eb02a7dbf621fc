import { journeyNameOf } from '../../host/fileName';
import { SHEET_LIMITS, tooLargeMessage } from '../sheets/sheetLimits';
import { hasExtension, type Importer } from './importer';
import { readPrepared, readyImport, refused, titleOfFile } from './readyImport';

const EXTENSIONS = ['.mmd', '.mermaid'];

/** Whether the text starts (after comments, front matter or a Markdown fence) with Mermaid's `journey` keyword. */
function looksLikeJourney(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  const lines = head.split(/\r?\n/).map((text) => text.trim());
  let index = 0;
  const skip = (): void => {
    while (index < lines.length && (lines[index] === '' || lines[index]!.startsWith('%%') || /^(```|~~~)\s*mermaid$/i.test(lines[index]!))) index++;
  };
  skip();
  if (lines[index] === '---') {
    index = lines.indexOf('---', index + 1) + 1;
    if (index === 0) return false;
    skip();
  }
  return /^journey\b/.test(lines[index] ?? '');
}

/** A Mermaid `journey` diagram read by Outside-In's own parser (the Mermaid renderer is not needed). */
export const mermaidImport = readyImport(async (bytes, name) => {
  if (bytes.length > SHEET_LIMITS.fileBytes) return refused(tooLargeMessage('Mermaid file', bytes.length));
  const [{ parseMermaidJourney }, { mermaidToMap }] = await Promise.all([import('../mermaid/parseMermaidJourney'), import('../mermaid/mermaidToMap')]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused('The file is not UTF-8 text: a Mermaid diagram is plain text.');
  }
  const parsed = parseMermaidJourney(text);
  if (!parsed.ok) return parsed;
  const made = mermaidToMap(parsed.journey, titleOfFile(name));
  if (made.map.steps.length === 0) return refused('The Mermaid journey has no tasks: there is nothing to make a map of.');
  return { ok: true, model: made };
});

/** A Mermaid `journey` (README, Mermaid): sections become stages, tasks journey steps, scores emotions. */
export const mermaidImporter: Importer = {
  id: 'mermaid',
  name: 'Mermaid journey',
  extensions: EXTENSIONS,
  mediaTypes: [],
  fileAssociation: false,
  savesInPlace: false,
  sniff: (bytes, name) => (looksLikeJourney(bytes) ? 'content' : hasExtension(name, EXTENSIONS) ? 'name' : 'no'),
  staged: mermaidImport,
  read: readPrepared(mermaidImport),
  suggestName: (fileName) => journeyNameOf(fileName, EXTENSIONS),
};
