import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import { parse } from '../../shared/format/parse';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { openMap } from '../files/openFile';
import { useDocumentStore } from '../store/documentStore';
import { analysisOf } from '../store/useAnalysis';

/** The page's scripting surface, for end-to-end tests and for poking at the app from the console. */
export interface WorkbenchApi {
  /** Opens a map from `.journey` text or its parsed object; throws an Error listing the problems when it is not a valid map. */
  load(mapJson: string | object): void;
  getMap(): JourneyMap;
  getAnalysis(): CoverageAnalysis;
}

declare global {
  interface Window {
    workbench: WorkbenchApi;
  }
}

/** Installs `window.workbench`. It reads and opens maps only through the same paths the UI uses. */
export function exposeWorkbenchApi(): void {
  window.workbench = {
    load(mapJson) {
      const result = parse(typeof mapJson === 'string' ? mapJson : JSON.stringify(mapJson));
      if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
      openMap(result.value);
    },
    getMap: () => useDocumentStore.getState().map,
    getAnalysis: () => analysisOf(useDocumentStore.getState().map),
  };
}
