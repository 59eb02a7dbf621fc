import type { JourneyMap } from '../model/journeyMap';
import { showValue } from './describe';
import { migrate, type RawObject } from './migrations';
import type { LoadResult, Problem } from './problem';
import { failWith, readMapObject } from './readMapObject';
import { readSnapshots } from './snapshots';
import { CURRENT_VERSION, JOURNEY_FORMAT } from './version';
import { tooDeep } from './unknownFields';
import { MAP_LIMITS } from '../model/limits';

export { MAX_PROBLEMS } from './readMapObject';

const ENVELOPE_KEYS = new Set(['format', 'version', 'map']);

const fail = (...problems: Problem[]): LoadResult<never> => failWith(problems);

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
// TextDecoder exists in every runtime this code runs in (browser, Node, Electron); shared/ is
// compiled without DOM or Node typings, so it is reached through globalThis with a narrow type.
const { TextDecoder } = globalThis as unknown as {
  TextDecoder: new (label: string, options: { fatal: boolean }) => Utf8Decoder;
};

/** Reads a `.journey` file from its bytes: refuses binary data and text that is not UTF-8. */
export function parseBytes(bytes: Uint8Array): LoadResult<JourneyMap> {
  if (bytes.length === 0) return fail({ path: '$', message: 'The file is empty.' });
  if (bytes.includes(0)) {
    return fail({ path: '$', message: 'The file is not text (it contains binary data); a .journey file is UTF-8 JSON.' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ path: '$', message: 'The file is not UTF-8 text (it looks like binary data); a .journey file is UTF-8 JSON.' });
  }
  return parse(text);
}

/**
 * Reads a `.journey` file's text: the single path every load goes through (docs/ARCHITECTURE.md). Checks the
 * format and version, migrates older versions, validates, and returns the map or the problems.
 * Never throws on any input.
 */
export function parse(text: string): LoadResult<JourneyMap> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail({ path: '$', message: 'The file is empty.' });

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail({ path: '$', message: describeJsonError(body, error) });
  }
  const deep = tooDeep(json, MAP_LIMITS.unknownNesting);
  if (deep) return fail(deep);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return fail({ path: '$', message: `The file holds JSON, but not an Outside-In map (found ${showValue(json)} where an object with "format": "${JOURNEY_FORMAT}" belongs).` });
  }
  const file = json as RawObject;

  if (file.format !== JOURNEY_FORMAT) {
    const found = file.format === undefined ? 'has no "format" field' : `has "format": ${showValue(file.format)}`;
    return fail({ path: '$.format', message: `This is not an Outside-In map: the file ${found}, where "${JOURNEY_FORMAT}" belongs.` });
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ path: '$.version', message: `The file-format version is ${showValue(version)}; it must be a whole number, 1 or more.` });
  }
  if (version > CURRENT_VERSION) {
    return fail({
      path: '$.version',
      message: `This map was saved in file-format version ${version}, which is newer than this Outside-In understands (version ${CURRENT_VERSION}). Update Outside-In to open it.`,
    });
  }

  const current = migrate(file, version);
  const rawMap = current.map;
  if (rawMap === null || typeof rawMap !== 'object' || Array.isArray(rawMap)) {
    return fail({ path: '$.map', message: `The file has no map: "map" must be an object with lanes and steps (found ${showValue(rawMap)}).` });
  }

  // The snapshots' maps are read apart, each from the version it was saved in (snapshots.ts).
  const { snapshots: rawSnapshots, ...ownMap } = rawMap as RawObject;
  const read = readMapObject(ownMap);
  if (!read.ok) return read;
  const snapshots = rawSnapshots === undefined ? undefined : readSnapshots(rawSnapshots, version);
  if (snapshots && !snapshots.ok) return snapshots;
  const envelopeExtras = Object.fromEntries(Object.entries(current).filter(([key]) => !ENVELOPE_KEYS.has(key)));
  const map: JourneyMap = {
    ...read.value,
    ...(snapshots ? { snapshots: snapshots.value } : {}),
    ...(Object.keys(envelopeExtras).length > 0 ? { envelopeExtras } : {}),
  };
  return { ok: true, value: map };
}

/** JSON.parse's message with its character offset turned into a line and column a person can find. */
function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // V8 gives no position when the text stops before the JSON is whole: then the place is its end.
  const position = /at position (\d+)/.exec(raw) ?? (/end of JSON input/i.test(raw) ? [raw, String(text.trimEnd().length)] : null);
  const reason = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    // V8 quotes the start of the text ("Call the a"... is not valid JSON): noise for a person.
    .replace(/,\s*".*is not valid JSON$/s, '');
  const short = reason.length > 80 ? `${reason.slice(0, 77)}…` : reason;
  if (!position) return `The file is not valid JSON: ${short}.`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `The file is not valid JSON at line ${line}, column ${column}: ${short}.`;
}
