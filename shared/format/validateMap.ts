import type { JourneyMap, Step } from '../model/journeyMap';
import { mapShellSchema, stepSchema } from './schema';

/** A finding of the schema: where in the map, what rule, and whether it is a bound of the format. */
export interface SchemaIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code: string;
}

/**
 * Checks a map object against the schema: the map and its lists, then its steps one at a time,
 * stopping once `limit` problems are found. What the schema reads comes back typed, with the
 * fields it does not know kept. Never throws: a file the checks cannot take (say, one that makes
 * the schema run out of stack) is a problem like any other.
 */
export function validateMap(raw: unknown, limit: number): { readonly ok: true; readonly map: JourneyMap } | { readonly ok: false; readonly issues: readonly SchemaIssue[] } {
  try {
    const issues: SchemaIssue[] = [];
    const shell = mapShellSchema.safeParse(raw);
    if (!shell.success) for (const issue of shell.error.issues.slice(0, limit)) issues.push({ path: issue.path as (string | number)[], message: issue.message, code: issue.code });
    const rawSteps = shell.success ? shell.data.steps : [];
    const steps: Step[] = [];
    for (let index = 0; index < rawSteps.length && issues.length < limit; index++) {
      const checked = stepSchema.safeParse(rawSteps[index]);
      if (checked.success) steps.push(checked.data as Step);
      else for (const issue of checked.error.issues.slice(0, limit - issues.length)) issues.push({ path: ['steps', index, ...(issue.path as (string | number)[])], message: issue.message, code: issue.code });
    }
    if (issues.length > 0 || !shell.success) return { ok: false, issues };
    return { ok: true, map: { ...shell.data, steps } as JourneyMap };
  } catch (error) {
    return { ok: false, issues: [{ path: [], message: `could not be checked (${error instanceof Error ? error.message : String(error)}); the file may be damaged`, code: 'custom' }] };
  }
}
