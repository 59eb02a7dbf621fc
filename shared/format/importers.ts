import type { JourneyMap } from '../model/journeyMap';
import type { Importer, Sniffed } from './importers/importer';
import { journeyImporter } from './importers/journeyImporter';
import { outsideInPdfImporter } from './importers/outsideInPdfImporter';
import { bpmnImporter } from './importers/bpmnImporter';
import { csvImporter } from './importers/csvImporter';
import { mermaidImporter } from './importers/mermaidImporter';
import { xlsxImporter } from './importers/xlsxImporter';
import type { Problem } from './problem';
import { serialise } from './serialise';

// The one list of the file types Outside-In reads (docs/ARCHITECTURE.md, How to add an importer). The open dialogs, the
// browser's pickers, drop, the command line, the files handed over by the system and the packaging
// test's check of electron-builder.yml's file associations all ask this list. A new type is one
// file in importers/ and one line here (docs/ARCHITECTURE.md, "How to add an importer").

/** Every file type Outside-In reads, in the order dialogs offer them; on an equal sniff the first wins. */
export const IMPORTERS: readonly Importer[] = [journeyImporter, outsideInPdfImporter, bpmnImporter, xlsxImporter, csvImporter, mermaidImporter];

const RANK: Readonly<Record<Sniffed, number>> = { content: 2, name: 1, no: 0 };

/** The importer for a file: the surest sniff wins, content over name; null when none knows it. */
export function importerFor(bytes: Uint8Array, name: string, importers: readonly Importer[] = IMPORTERS): Importer | null {
  let best: Importer | null = null;
  let bestRank = 0;
  for (const importer of importers) {
    const rank = RANK[importer.sniff(bytes, name)];
    if (rank > bestRank) {
      best = importer;
      bestRank = rank;
    }
  }
  return best;
}

/** A file read by the importer that knows it: the map and its `.journey` text, or why there is none. */
export type ImportedFile =
  | {
      readonly ok: true;
      readonly importer: Importer;
      readonly map: JourneyMap;
      /** The map as `.journey` text: the text it was read from, else the map serialised. */
      readonly journeyText: string;
      /** What the importer read past, for the person to check; empty for a file read whole. */
      readonly findings: readonly Problem[];
    }
  | { readonly ok: false; readonly importer: Importer | null; readonly problems: readonly Problem[] };

/** The types Outside-In opens, for people: "Outside-In map (.journey), Outside-In PDF report (.pdf)". */
export function describeOpenedTypes(importers: readonly Importer[] = IMPORTERS): string {
  return importers.map((importer) => `${importer.name} (${importer.extensions.join(', ')})`).join(', ');
}

/** The sentence for a file no importer knows, naming the types that can be opened. */
export function unknownTypeMessage(importers: readonly Importer[] = IMPORTERS): string {
  return `Outside-In cannot open this kind of file. It opens: ${describeOpenedTypes(importers)}.`;
}

/**
 * Reads a file with the importer that recognises it. Never throws: an empty file, a file no
 * importer knows and an importer that fails unexpectedly all come back as problems.
 */
export async function importFile(bytes: Uint8Array, name: string, importers: readonly Importer[] = IMPORTERS): Promise<ImportedFile> {
  // Empty is nobody's type; saying so beats guessing one from the name.
  if (bytes.length === 0) return { ok: false, importer: null, problems: [{ path: '$', message: 'The file is empty.' }] };
  const importer = importerFor(bytes, name, importers);
  if (!importer) return { ok: false, importer: null, problems: [{ path: '$', message: unknownTypeMessage(importers) }] };
  try {
    const result = await importer.read(bytes, name);
    if (!result.ok) return { ok: false, importer, problems: result.problems };
    return { ok: true, importer, map: result.map, journeyText: result.journeyText ?? serialise(result.map), findings: result.findings ?? [] };
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : String(error);
    return { ok: false, importer, problems: [{ path: '$', message: `The ${importer.name} could not be read: ${reason}` }] };
  }
}

/** Every extension Outside-In opens, lower case with its dot, in list order. */
export function acceptedExtensions(importers: readonly Importer[] = IMPORTERS): readonly string[] {
  return [...new Set(importers.flatMap((importer) => importer.extensions))];
}

/** Every media type the browser edition's pickers accept beside the extensions. */
export function acceptedMediaTypes(importers: readonly Importer[] = IMPORTERS): readonly string[] {
  return [...new Set(importers.flatMap((importer) => importer.mediaTypes))];
}

/** The extensions the installed app registers itself for (electron-builder.yml's fileAssociations). */
export function associatedExtensions(importers: readonly Importer[] = IMPORTERS): readonly string[] {
  return [...new Set(importers.filter((importer) => importer.fileAssociation).flatMap((importer) => importer.extensions))];
}

/** One entry of an open dialog's type list. */
export interface OpenDialogFilter {
  /** What the entry is called in the dialog. */
  readonly name: string;
  /** Its extensions, lower case with their dot (desktop dialogs want them without it). */
  readonly extensions: readonly string[];
  /** Its media types, each with the extensions it goes by: the File System Access pickers' `accept`. */
  readonly accept: Readonly<Record<string, readonly string[]>>;
}

// The File System Access pickers take extensions only under a media type; a type browsers give no
// media type goes under the generic one.
const ANY_MEDIA_TYPE = 'application/octet-stream';

function filterOf(name: string, importers: readonly Importer[]): OpenDialogFilter {
  const accept: Record<string, string[]> = {};
  for (const importer of importers) {
    for (const mediaType of importer.mediaTypes.length > 0 ? importer.mediaTypes : [ANY_MEDIA_TYPE]) {
      accept[mediaType] = [...new Set([...(accept[mediaType] ?? []), ...importer.extensions])];
    }
  }
  return { name, extensions: acceptedExtensions(importers), accept };
}

/**
 * The types an open dialog offers: first every file Outside-In opens (the dialog's default), then
 * each type on its own. For the desktop dialogs, the File System Access pickers and, through
 * `acceptedExtensions` and `acceptedMediaTypes`, the upload input's `accept`.
 */
export function openDialogFilters(importers: readonly Importer[] = IMPORTERS): readonly OpenDialogFilter[] {
  return [filterOf('All files Outside-In opens', importers), ...importers.map((importer) => filterOf(importer.name, [importer]))];
}
