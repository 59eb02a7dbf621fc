import type { ComponentType } from 'react';
import { BpmnImportOptions } from './BpmnImportOptions';

/** What an importer's options panel is given: the file as prepared, the options now, and how to change them. */
export interface ImportOptionsProps {
  readonly model: unknown;
  readonly options: unknown;
  readonly onChange: (options: unknown) => void;
}

/**
 * The options panel of each importer that has options (`Importer.staged`), by importer id. The
 * Import dialog shows the file's panel above what every import shares (new map or this one, the
 * preview); a new type with options adds its panel here.
 */
export const IMPORT_OPTION_PANELS: Readonly<Record<string, ComponentType<ImportOptionsProps>>> = {
  bpmn: BpmnImportOptions,
};
