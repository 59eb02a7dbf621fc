import { z } from 'zod';
import { DEFAULT_PREFERENCES, preferencesPatchSchema, type Preferences } from '../../shared/host/hostApi';

// The rules for each preference are the host contract's (preferencesPatchSchema), so a patch the
// IPC gate lets through and a settings file this service accepts obey the same bounds. This file
// only adds what is stored beside the preferences, and the defaults.

/** How many files the recent-files list keeps. */
export const RECENT_FILES_LIMIT = 10;


/** Everything kept in the settings file. */
export interface SettingsData extends Preferences {
  readonly recentFiles: readonly string[];
}

export const DEFAULT_SETTINGS: SettingsData = { ...DEFAULT_PREFERENCES, recentFiles: [] };

/**
 * The settings file as read from disk: every key may be missing (its default applies), and keys
 * this version does not know are ignored rather than counted as corruption, so a file written by a
 * newer version still opens.
 */
export const settingsFileSchema = z.object({
  ...preferencesPatchSchema.shape,
  recentFiles: z.array(z.string().min(1).max(4096)).max(RECENT_FILES_LIMIT).optional(),
});

/** The same rules as a JSON schema per key, the form electron-store validates every write with. */
export const settingsJsonSchema = z.toJSONSchema(settingsFileSchema).properties ?? {};
