import { create } from 'zustand';
import { analyseCoverage, type CoverageAnalysis } from '../../shared/analysis/coverage';
import type { Problem } from '../../shared/format/problem';
import type { JourneyMap } from '../../shared/model/journeyMap';

/** A file that could not be opened, kept until the user dismisses the message. */
export interface FailedOpen {
  readonly fileName: string;
  readonly problems: readonly Problem[];
}

/** The map on screen and its analysis. Read-only for now; the undoable document store replaces the map part. */
export interface OpenMapState {
  readonly map: JourneyMap | null;
  readonly analysis: CoverageAnalysis | null;
  readonly failedOpen: FailedOpen | null;
  /** Shows a map, analysing it once here so that canvas and summary read the same analysis. */
  openMap(map: JourneyMap): void;
  /** Reports a file that could not be opened; the map on screen stays. */
  reportFailedOpen(failure: FailedOpen): void;
  dismissFailedOpen(): void;
}

export const useOpenMapStore = create<OpenMapState>()((set) => ({
  map: null,
  analysis: null,
  failedOpen: null,
  openMap: (map) => set({ map, analysis: analyseCoverage(map), failedOpen: null }),
  reportFailedOpen: (failedOpen) => set({ failedOpen }),
  dismissFailedOpen: () => set({ failedOpen: null }),
}));
