import type { AnyCommand } from '../../commands/command';
import { chooseFileToImport } from './importFlow';

/** File ▸ Import…: a file of any type Outside-In reads, with the options of its type (a BPMN model's pools, lanes and customer). */
export const IMPORT_COMMANDS: readonly AnyCommand[] = [{ id: 'file.import', label: 'Import…', perform: chooseFileToImport }];
