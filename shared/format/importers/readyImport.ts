import type { Problem } from '../problem';
import type { BuiltImport, Importer, Prepared, StagedImport } from './importer';

/**
 * An import whose file says everything and asks nothing (a sheet, a Mermaid diagram): prepared is
 * the map itself, so File ▸ Import… and a dropped file still show the dialog (a new map or this
 * one, the preview) and list the findings after; building is handing it on.
 */
export function readyImport(prepare: (bytes: Uint8Array, name: string) => Promise<Prepared<BuiltImport>>): StagedImport<BuiltImport, null> {
  return { prepare, defaultOptions: () => null, build: (model) => model };
}

/** `read` for such an import: prepare, then the map as it is. */
export function readPrepared(staged: StagedImport<BuiltImport, null>): Importer['read'] {
  return async (bytes, name) => {
    const prepared = await staged.prepare(bytes, name);
    return prepared.ok ? { ok: true, map: prepared.model.map, findings: prepared.model.findings } : prepared;
  };
}

/** The title a map read from a file takes when the file names none: the file's name without folder and extension. */
export const titleOfFile = (name: string): string => (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]+$/, '');

/** A result for a file refused with one sentence. */
export const refused = (message: string): { ok: false; problems: readonly Problem[] } => ({ ok: false, problems: [{ path: '$', message }] });
