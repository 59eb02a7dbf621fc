import type { AnyCommand } from '../commands/command';
import { openPreferences } from './preferencesDialogState';

/** Opening Preferences. */
export const PREFERENCES_COMMANDS: readonly AnyCommand[] = [{ id: 'app.preferences', label: 'Preferences…', shortcuts: ['Mod+,'], whileTyping: true, perform: openPreferences }];
