import type { JourneyMap } from '../model/journeyMap';
import { fieldProblem } from './describe';
import type { LoadResult, Problem } from './problem';
import { referenceProblems } from './references';
import { restoreProtoKeys, guardProtoKeys } from './unknownFields';
import { validateMap } from './validateMap';

/** How many problems a failed load reports: enough to fix a file in one go, not a wall of text. */
export const MAX_PROBLEMS = 20;

/** The same for a list of any length: never spread into a call, which a long list overflows. */
export const failWith = (problems: readonly Problem[]): LoadResult<never> => ({ ok: false, problems: problems.slice(0, MAX_PROBLEMS) });

/**
 * Checks one `map` object of the current version (the file's, or a snapshot's): the schema, then
 * the references. Problems name paths inside the file's `map`, as `$.map.…`.
 */
export function readMapObject(rawMap: object): LoadResult<JourneyMap> {
  const checked = validateMap(guardProtoKeys(rawMap), MAX_PROBLEMS);
  if (!checked.ok) {
    return failWith(checked.issues.map((issue) => fieldProblem(rawMap, issue.path, issue.message, issue.code === 'too_big' || issue.code === 'custom')));
  }
  const map = restoreProtoKeys(checked.map);
  const problems = referenceProblems(map);
  return problems.length > 0 ? failWith(problems) : { ok: true, value: map };
}
