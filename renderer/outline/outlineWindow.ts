import { create } from 'zustand';

/** The height of one step's row in the outline, in CSS pixels (`.outline-step` in app.css). */
export const OUTLINE_ROW = 28;
/** Rows kept beyond each edge of the view: Tab and the arrows always find the next row there. */
const OVERSCAN = 10;
/** Before the first measure, a lane shows this many rows. */
const FIRST_ROWS = 40;

/** The rows of one lane's list that exist in the page, first to last (inclusive). */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
}

interface OutlineWindowState {
  /** Per lane id: the rows of its steps list in or near the outline's view. */
  readonly windows: ReadonlyMap<string, RowWindow>;
}

/**
 * The outline is virtualised: of a lane's steps, only the rows in view (and a few beyond) exist in
 * the page, so a map of 10,000 steps costs the page a screenful of fields. This store says which.
 */
export const useOutlineWindow = create<OutlineWindowState>()(() => ({ windows: new Map() }));

/** The rows of a lane to render: its measured window, or the first rows before it was measured. */
export function rowsToRender(window: RowWindow | undefined, count: number): RowWindow {
  return window ? { first: Math.min(window.first, count), last: Math.min(window.last, count - 1) } : { first: 0, last: Math.min(count, FIRST_ROWS) - 1 };
}

const lists = (scroller: HTMLElement): HTMLElement[] => [...scroller.querySelectorAll<HTMLElement>('ol[data-lane-steps]')];

/**
 * Works out, from where each lane's list sits in the scroller, which of its rows are in view, and
 * stores the windows that changed (keeping the others as they were, so their lanes do not render).
 */
export function measureOutlineWindows(scroller: HTMLElement): void {
  const view = scroller.getBoundingClientRect();
  const before = useOutlineWindow.getState().windows;
  const next = new Map<string, RowWindow>();
  let changed = false;
  for (const list of lists(scroller)) {
    const laneId = list.dataset.laneSteps ?? '';
    const count = Number(list.dataset.count ?? 0);
    const top = list.getBoundingClientRect().top;
    const first = Math.max(0, Math.floor((view.top - top) / OUTLINE_ROW) - OVERSCAN);
    const last = Math.min(count - 1, Math.ceil((view.bottom - top) / OUTLINE_ROW) + OVERSCAN);
    const old = before.get(laneId);
    const window = old && old.first === first && old.last === last ? old : { first, last };
    if (window !== old) changed = true;
    next.set(laneId, window);
  }
  if (changed || next.size !== before.size) useOutlineWindow.setState({ windows: next });
}

/**
 * Scrolls the outline the least that brings row `index` of a lane's list into view, and measures
 * at once, so the row exists in the page by the next render. Whether the lane's list was found.
 */
export function revealOutlineRow(scroller: HTMLElement, laneId: string, index: number): boolean {
  const list = lists(scroller).find((candidate) => candidate.dataset.laneSteps === laneId);
  if (!list) return false;
  const view = scroller.getBoundingClientRect();
  const top = list.getBoundingClientRect().top - view.top + scroller.scrollTop + index * OUTLINE_ROW;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (top + OUTLINE_ROW > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + OUTLINE_ROW - scroller.clientHeight;
  measureOutlineWindows(scroller);
  return true;
}
