/** The kinds of file a lane or step can be imported from. */
export type SourceKind = 'bpmn';

/**
 * Where an imported lane or step came from: the element of the file it was made from, so that
 * importing a newer version of the same file updates it instead of adding it a second time.
 */
export interface Source {
  readonly kind: SourceKind;
  /** The element's id in that file (a BPMN task's, lane's or pool's). */
  readonly id: string;
  /** The name of the file, without its folder: a re-import recognises the steps of the same file by it. */
  readonly file: string;
}

/** Whether two sources name the same element of the same file. */
export const sameSource = (a: Source, b: Source): boolean => a.kind === b.kind && a.id === b.id && a.file === b.file;

/**
 * A copy of an imported lane or step without its source: a duplicate or a pasted copy is the
 * person's own, so a re-import neither updates nor removes it.
 */
export function withoutSource<T extends { readonly source?: Source }>(item: T): Omit<T, 'source'> {
  const { source, ...rest } = item;
  void source;
  return rest;
}
