import { create } from 'zustand';
import { diffMaps, type MapDiff } from '../../shared/compare/diffMaps';
import { compareLayout, type CompareLayout } from '../../shared/layout/compareLayout';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { withoutSnapshots } from '../../shared/edit/snapshots';
import { useDocumentStore } from './documentStore';

/** One side of a compare: a map and the name it goes by ("As-is, workshop 1", "Now", a file's name). */
export interface CompareSide {
  readonly map: JourneyMap;
  readonly name: string;
  /** For the map as it is now: the whole document when the compare began, which a PDF exported from the compare carries, snapshots and all. */
  readonly document?: JourneyMap;
}

/** A compare on screen: its two sides, what changed, its layout, and the change the keyboard is on. */
export interface Comparing {
  readonly before: CompareSide;
  readonly after: CompareSide;
  readonly diff: MapDiff;
  readonly view: CompareLayout;
  /** Index into `view.stops`, or null before the first next/previous. */
  readonly focused: number | null;
}

interface CompareState {
  readonly comparing: Comparing | null;
}

/**
 * The compare view's state: session only, never saved or undone; null while editing. In the store
 * layer because exporting reads it: a PDF exported from the compare view says what changed.
 */
export const useCompareStore = create<CompareState>()(() => ({ comparing: null }));

/** Whether the compare view is on screen. */
export const isComparing = (): boolean => useCompareStore.getState().comparing !== null;

/**
 * Shows the compare of two maps. A side that is the map as it is now (it has `document`) follows
 * the map while the compare is on screen: an undo or a command of the toolbar shows in the
 * compare at once. A snapshot or another file stays as it was taken.
 */
export function startCompare(before: CompareSide, after: CompareSide, focused: number | null = null): void {
  const diff = diffMaps(before.map, after.map);
  const view = compareLayout(before.map, after.map, diff);
  useCompareStore.setState({ comparing: { before, after, diff, view, focused: focused === null || view.stops.length === 0 ? null : Math.min(focused, view.stops.length - 1) } });
}

const following = (side: CompareSide, map: JourneyMap): CompareSide => (side.document ? { ...side, map: withoutSnapshots(map), document: map } : side);

useDocumentStore.subscribe((state, previous) => {
  const comparing = useCompareStore.getState().comparing;
  if (!comparing || state.map === previous.map || (!comparing.before.document && !comparing.after.document)) return;
  startCompare(following(comparing.before, state.map), following(comparing.after, state.map), comparing.focused);
});

/** Leaves the compare view, back to editing. */
export const leaveCompare = (): void => useCompareStore.setState({ comparing: null });

/** Moves the keyboard's ring to the next (1) or previous (−1) change, wrapping round at either end. */
export function stepChange(direction: 1 | -1): void {
  const comparing = useCompareStore.getState().comparing;
  const count = comparing?.view.stops.length ?? 0;
  if (!comparing || count === 0) return;
  const from = comparing.focused ?? (direction === 1 ? -1 : count);
  useCompareStore.setState({ comparing: { ...comparing, focused: (from + direction + count) % count } });
}
