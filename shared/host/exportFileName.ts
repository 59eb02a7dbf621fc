import { JOURNEY_EXTENSION, suggestedFileName } from './fileName';
import type { DataExportKind, SavedExportKind } from './hostApi';

/** The file formats a map is exported in. */
export type ExportFormat = 'pdf' | SavedExportKind;

/** Whether a format is the map's data for other tools (made without a browser) rather than its report or picture. */
export const isDataExport = (format: ExportFormat): format is DataExportKind => format === 'xlsx' || format === 'csv' || format === 'mmd';

/**
 * The file name an export is offered under: the map's title or file name, made safe as for saving,
 * with the format's one extension ("claim.journey" → "claim.pdf").
 */
export function exportFileName(name: string, format: ExportFormat): string {
  const base = suggestedFileName(name.replace(/\.(pdf|png|svg|pptx|xlsx|csv|mmd)$/i, '')).slice(0, -JOURNEY_EXTENSION.length);
  return `${base}.${format}`;
}
