import { IMPORTERS, importerFor, importFile } from '../../shared/format/importers';
import type { Importer, Prepared } from '../../shared/format/importers/importer';
import type { JourneyMap } from '../../shared/model/journeyMap';
import type { Problem } from '../../shared/format/problem';

// What the import worker is asked and answers: plain data only, as it crosses to and from the
// worker by structured cloning (an importer, with its functions, is named by its id).

/** A job for the import worker: read a file whole (any type), or prepare it for the Import dialog (a type with options). */
export interface ImportJob {
  readonly kind: 'read' | 'prepare';
  readonly bytes: Uint8Array;
  readonly name: string;
}

/** What the worker answers. */
export type ImportAnswer =
  | { readonly ok: true; readonly kind: 'read'; readonly importerId: string; readonly map: JourneyMap; readonly journeyText: string; readonly findings: readonly Problem[] }
  | { readonly ok: true; readonly kind: 'prepare'; readonly importerId: string; readonly model: unknown }
  | { readonly ok: false; readonly importerId: string | null; readonly problems: readonly Problem[] };

/** The importer an answer names. */
export const importerById = (id: string | null): Importer | null => IMPORTERS.find((importer) => importer.id === id) ?? null;

/** Does a job: the same code in the worker and, where no worker can start, on the page. Never throws. */
export async function doImportJob(job: ImportJob): Promise<ImportAnswer> {
  if (job.kind === 'read') {
    const read = await importFile(job.bytes, job.name);
    if (!read.ok) return { ok: false, importerId: read.importer?.id ?? null, problems: read.problems };
    return { ok: true, kind: 'read', importerId: read.importer.id, map: read.map, journeyText: read.journeyText, findings: read.findings };
  }
  const importer = importerFor(job.bytes, job.name);
  if (!importer?.staged) return { ok: false, importerId: importer?.id ?? null, problems: [{ path: '$', message: `This is not a file Outside-In imports with options: it opens with File ▸ Open.` }] };
  let prepared: Prepared<unknown>;
  try {
    prepared = await importer.staged.prepare(job.bytes, job.name);
  } catch (error) {
    prepared = { ok: false, problems: [{ path: '$', message: `The ${importer.name} could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return prepared.ok ? { ok: true, kind: 'prepare', importerId: importer.id, model: prepared.model } : { ok: false, importerId: importer.id, problems: prepared.problems };
}
