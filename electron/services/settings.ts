import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import Store, { type Schema } from 'electron-store';
import { preferencesPatchSchema, type Preferences } from '../../shared/host/hostApi';
import { fail, succeed, type HostResult } from '../../shared/host/hostResult';
import { codeOf, describeFsCode } from './atomicWrite';
import { addRecent, fileExists, pruneMissing, removeRecent } from './recentFiles';
import { DEFAULT_SETTINGS, settingsFileSchema, settingsJsonSchema, type SettingsData } from './settingsSchema';

/** The settings file's name inside the folder (electron-store's `config.json`). */
export const SETTINGS_FILE_NAME = 'config.json';

export const RESET_NOTICE = 'Your settings file could not be read and was reset.';

/** The user's preferences and recent files, kept in `<folder>/config.json`. */
export interface Settings {
  /** Where the settings are kept. */
  readonly path: string;
  readonly preferences: Preferences;
  /** Most recent first. */
  readonly recentFiles: readonly string[];
  /** What the user should be told about how the settings were opened, or null when all went well. */
  readonly notice: string | null;
  /** Applies a patch; a patch that breaks a rule is refused with a message and changes nothing. */
  setPreferences(patch: Partial<Preferences>): HostResult<Preferences>;
  /** Puts a file the user opened or saved at the top of the recent files. */
  addRecentFile(path: string): HostResult<readonly string[]>;
  removeRecentFile(path: string): HostResult<readonly string[]>;
  /** Drops the recent files that are gone (by default: no longer a file on disk). */
  pruneRecentFiles(exists?: (path: string) => Promise<boolean>): Promise<HostResult<readonly string[]>>;
}

export interface OpenSettingsOptions {
  /** The user-data folder (Electron's `app.getPath('userData')`). */
  readonly folder: string;
  /** The clock that dates a settings file set aside as corrupt. */
  readonly now?: () => Date;
}

/** Where changed settings go: the file, or, when it cannot be opened at all, nowhere. */
type Persist = (changes: Partial<SettingsData>) => void;

/**
 * Opens the settings. A file that is not valid JSON or breaks the schema is moved aside as
 * `config.json.corrupt-<timestamp>` (for support) and the defaults apply, with a notice; a file
 * that cannot be opened or written at all leaves the defaults in memory for this session, with a
 * notice. Opening never throws.
 */
export async function openSettings({ folder, now = () => new Date() }: OpenSettingsOptions): Promise<Settings> {
  const path = join(folder, SETTINGS_FILE_NAME);
  let notice: string | null = null;
  if (!(await isReadable(path))) {
    notice = RESET_NOTICE;
    try {
      await rename(path, `${path}.corrupt-${now().toISOString().replaceAll(/[:.]/g, '-')}`);
    } catch (error) {
      notice = unkeptNotice(`Your settings file could not be read, nor set aside: ${describe(error)}`);
    }
  }

  let current: SettingsData = DEFAULT_SETTINGS;
  let persist: Persist = () => {};
  try {
    const store = new Store<SettingsData>({
      cwd: folder,
      name: SETTINGS_FILE_NAME.replace(/\.json$/, ''),
      schema: settingsJsonSchema as Schema<SettingsData>,
      defaults: DEFAULT_SETTINGS,
      clearInvalidConfig: false,
    });
    current = { ...DEFAULT_SETTINGS, ...settingsFileSchema.parse(store.store) };
    // Every change is a validated subset of SettingsData; type-fest's deep-partial type for set()
    // does not accept readonly arrays, so the value is passed as that type.
    persist = (changes) => store.set(changes as Parameters<typeof store.set>[0]);
  } catch (error) {
    notice ??= unkeptNotice(`Your settings file could not be opened: ${describe(error)}`);
  }

  /** Writes the changes, then takes them in memory; a failed write changes nothing. */
  const change = (changes: Partial<SettingsData>): HostResult<null> => {
    try {
      persist(changes);
    } catch (error) {
      return fail('not-saved', `Your settings could not be saved: ${describe(error)}`);
    }
    current = { ...current, ...changes };
    return succeed(null);
  };
  const preferencesOf = ({ theme, pdfPageSize, autosaveDelayMs, outlineWidth, presentationStage }: SettingsData): Preferences => ({
    theme,
    pdfPageSize,
    autosaveDelayMs,
    outlineWidth,
    presentationStage,
  });
  const changeRecent = (recentFiles: readonly string[]): HostResult<readonly string[]> => {
    const outcome = change({ recentFiles });
    return outcome.ok ? succeed(current.recentFiles) : outcome;
  };

  return {
    path,
    notice,
    get preferences() {
      return preferencesOf(current);
    },
    get recentFiles() {
      return current.recentFiles;
    },
    setPreferences(patch) {
      const checked = preferencesPatchSchema.safeParse(patch);
      if (!checked.success) return fail('invalid-preferences', `These preferences were not changed: ${checked.error.issues.map(explainIssue).join('; ')}.`);
      // An explicit undefined is "no change", not a value to store.
      const outcome = change(Object.fromEntries(Object.entries(checked.data).filter(([, value]) => value !== undefined)));
      return outcome.ok ? succeed(preferencesOf(current)) : outcome;
    },
    addRecentFile: (filePath) => changeRecent(addRecent(current.recentFiles, filePath)),
    removeRecentFile: (filePath) => changeRecent(removeRecent(current.recentFiles, filePath)),
    async pruneRecentFiles(exists = fileExists) {
      const checked = current.recentFiles;
      const kept = new Set(await pruneMissing(checked, exists));
      const missing = new Set(checked.filter((filePath) => !kept.has(filePath)));
      // Files added while the check ran stay: only the ones found missing go.
      return missing.size === 0 ? succeed(current.recentFiles) : changeRecent(current.recentFiles.filter((filePath) => !missing.has(filePath)));
    },
  };
}

/** True when the file is absent or holds settings this version can read. */
async function isReadable(path: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return codeOf(error) === 'ENOENT';
  }
  try {
    return settingsFileSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

const unkeptNotice = (cause: string): string => `${cause} The default settings apply until Outside-In restarts, and changes to them will not be kept.`;

/** The reason for a failure, as a sentence. */
const describe = (error: unknown): string => {
  const code = codeOf(error);
  if (code) return describeFsCode(code);
  const message = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(message) ? message : `${message}.`;
};

/** One broken rule of a patch, in words: "autosaveDelayMs must be at most 60000". */
function explainIssue(issue: { path: PropertyKey[]; message: string; code: string; keys?: string[] }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a preference' : 'are not preferences'}`;
  }
  const name = issue.path.map(String).join('.');
  return name ? `${name}: ${issue.message}` : issue.message;
}
