import { openDialogFilters } from '../../shared/format/importers';
import { JOURNEY_EXTENSION } from '../../shared/host/fileName';

/** A file type as Electron's dialogs take it: extensions without their dot. */
export interface DialogFilter {
  readonly name: string;
  readonly extensions: string[];
}

const withoutDot = (extension: string): string => extension.replace(/^\./, '');

/** The Open dialog's file types: every type the importers read, then each on its own. */
export const OPEN_FILTERS: readonly DialogFilter[] = openDialogFilters().map((filter) => ({ name: filter.name, extensions: filter.extensions.map(withoutDot) }));

/** The Save dialog's file type: a map is only ever saved as a `.journey` file. */
export const SAVE_FILTERS: readonly DialogFilter[] = [{ name: 'Journey maps', extensions: [withoutDot(JOURNEY_EXTENSION)] }];
