import { JOURNEY_EXTENSION, suggestedFileName } from './fileName';
import type { ImageExportKind } from './hostApi';

/** The file formats a map is exported in. */
export type ExportFormat = 'pdf' | ImageExportKind;

/**
 * The file name an export is offered under: the map's title or file name, made safe as for saving,
 * with the format's one extension ("claim.journey" → "claim.pdf").
 */
export function exportFileName(name: string, format: ExportFormat): string {
  const base = suggestedFileName(name.replace(/\.(pdf|png|svg|pptx)$/i, '')).slice(0, -JOURNEY_EXTENSION.length);
  return `${base}.${format}`;
}
