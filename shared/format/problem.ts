/** Something wrong with a file, where it is (a JSON path such as `$.map.steps[3].column`) and a plain sentence. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** The outcome of reading a file: the thing read, or the reasons it could not be read. */
export type LoadResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Renders a path of keys and indices as a JSON path: `['map','steps',3]` → `$.map.steps[3]`. */
export function jsonPath(segments: readonly (string | number)[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}
