import { create } from 'zustand';
import type { VoteTurn } from '../../shared/edit/voteTurns';
import type { Problem } from '../../shared/format/problem';
import type { JourneyMap } from '../../shared/model/journeyMap';
import type { Point } from '../../shared/layout/geometry';

/** What is selected: some steps, one lane, one stage, or nothing. */
export type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'steps'; readonly stepIds: readonly string[] }
  | { readonly kind: 'lane'; readonly laneId: string }
  | { readonly kind: 'stage'; readonly stageId: string };

export const NOTHING_SELECTED: Selection = { kind: 'none' };

/** A title being edited in place on the canvas: a step's card, a lane's header or a stage's. */
export type TitleEdit =
  | { readonly kind: 'step'; readonly stepId: string }
  | { readonly kind: 'lane'; readonly laneId: string }
  | { readonly kind: 'stage'; readonly stageId: string };

/** A file that could not be opened, kept until the user dismisses the message. */
export interface FailedOpen {
  readonly fileName: string;
  readonly problems: readonly Problem[];
}

/** The viewport: how far the canvas is zoomed, and the size of the window onto it. Scrolling is the scroll container's own. */
export interface Viewport {
  readonly zoom: number;
  /** The visible area of the canvas in CSS pixels, kept up to date by the canvas. */
  readonly width: number;
  readonly height: number;
}

/**
 * A step just added without a title (N, a double-click, a palette drop, Enter in the outline): if
 * it is left untitled it goes again, as if it had never been added. `before` is the map before it
 * was added; `opened` says whether adding it inserted a column, which going again closes.
 */
export interface FreshStep {
  readonly stepId: string;
  readonly before: JourneyMap;
  readonly opened: boolean;
}

/** A scroll the canvas is asked for: the map point to show at the top-left of its scrolling body. */
export interface ScrollRequest {
  readonly corner: Point;
  readonly serial: number;
}

/** The tabs of the sidebar's lower part. */
export type SidebarTab = 'gaps' | 'opportunities' | 'personas' | 'notes' | 'votes' | 'snapshots';

export const SIDEBAR_TABS: readonly SidebarTab[] = ['gaps', 'opportunities', 'personas', 'notes', 'votes', 'snapshots'];

/** Far enough out that a 300-column map fits beside both panels (300 × 168 px at 1 % is about 500 px). */
export const MIN_ZOOM = 0.01;
export const MAX_ZOOM = 3;

/**
 * Session state: never saved, never undone. Selection, viewport, the title being edited in place,
 * messages, and what the sidebar shows.
 */
export interface SessionState {
  readonly selection: Selection;
  readonly viewport: Viewport;
  /** The title being edited in place on the canvas, if any. */
  readonly titleEdit: TitleEdit | null;
  readonly failedOpen: FailedOpen | null;
  /** A short message for the status line, such as why a paste did nothing. */
  readonly notice: string | null;
  /**
   * The map a notice's change left (a lane deleted with its steps): while it is still the map on
   * screen, the notice offers Undo; after any other change the offer would take back something else.
   */
  readonly noticeUndoes: JourneyMap | null;
  /** Which tab of the sidebar's lower part shows: gaps, opportunities or personas. */
  readonly sidebarTab: SidebarTab;
  /** The opportunity open for editing in the opportunities panel, if any. */
  readonly openOpportunityId: string | null;
  /** The persona open for editing in the personas panel, if any. */
  readonly openPersonaId: string | null;
  /**
   * A panel field that should take the keyboard focus once it is on screen (such as the title of
   * an opportunity just made), as its stable key; the field clears it when it took the focus.
   */
  readonly focusRequest: string | null;
  /** An export is under way, from its command to its result: the Export commands wait for it. */
  readonly exporting: boolean;
  /** The step just added untitled, if it has not been left yet. */
  readonly freshStep: FreshStep | null;
  /**
   * A map point the canvas should scroll to the top-left of its scrolling body, once the zoom
   * that comes with it is laid out ("fit journey"); `serial` makes the same point asked twice a new request.
   */
  readonly scrollRequest: ScrollRequest | null;
  /** Whose turn it is in the dot-voting round under way, and what they cast: the file keeps only the round's totals. */
  readonly voteTurn: VoteTurn | null;
  select(selection: Selection): void;
  setZoom(zoom: number): void;
  setViewportSize(width: number, height: number): void;
  editTitle(edit: TitleEdit | null): void;
  reportFailedOpen(failure: FailedOpen | null): void;
  notify(notice: string | null, undoes?: JourneyMap | null): void;
  showSidebarTab(tab: SidebarTab): void;
  openOpportunity(opportunityId: string | null): void;
  openPersona(personaId: string | null): void;
  requestFocus(field: string | null): void;
  setExporting(exporting: boolean): void;
  setFreshStep(freshStep: FreshStep | null): void;
  requestScroll(corner: Point): void;
  setVoteTurn(voteTurn: VoteTurn | null): void;
}

/** A zoom within the range, rounded to whole percent (tenths of a percent below 10 %, where a percent is a large step). */
export const clampZoom = (zoom: number): number => {
  const within = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  const places = within < 0.1 ? 1000 : 100;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(within * places) / places));
};

export const useSessionStore = create<SessionState>()((set) => ({
  selection: NOTHING_SELECTED,
  viewport: { zoom: 1, width: 0, height: 0 },
  titleEdit: null,
  failedOpen: null,
  notice: null,
  noticeUndoes: null,
  sidebarTab: 'gaps',
  openOpportunityId: null,
  openPersonaId: null,
  focusRequest: null,
  exporting: false,
  freshStep: null,
  scrollRequest: null,
  voteTurn: null,
  select: (selection) => set({ selection }),
  setZoom: (zoom) => set((state) => ({ viewport: { ...state.viewport, zoom: clampZoom(zoom) } })),
  setViewportSize: (width, height) => set((state) => ({ viewport: { ...state.viewport, width, height } })),
  editTitle: (titleEdit) => set({ titleEdit }),
  reportFailedOpen: (failedOpen) => set({ failedOpen }),
  notify: (notice, undoes = null) => set({ notice, noticeUndoes: notice === null ? null : undoes }),
  showSidebarTab: (sidebarTab) => set({ sidebarTab }),
  openOpportunity: (openOpportunityId) => set({ openOpportunityId }),
  openPersona: (openPersonaId) => set({ openPersonaId }),
  requestFocus: (focusRequest) => set({ focusRequest }),
  setExporting: (exporting) => set({ exporting }),
  setFreshStep: (freshStep) => set({ freshStep }),
  requestScroll: (corner) => set((state) => ({ scrollRequest: { corner, serial: (state.scrollRequest?.serial ?? 0) + 1 } })),
  setVoteTurn: (voteTurn) => set({ voteTurn }),
}));

/** The step whose title is being edited in place, if a step's is. */
export function editingStepId(state: Pick<SessionState, 'titleEdit'>): string | null {
  return state.titleEdit?.kind === 'step' ? state.titleEdit.stepId : null;
}

/** The selected step ids, or none when the selection is not of steps. */
export function selectedStepIds(selection: Selection): readonly string[] {
  return selection.kind === 'steps' ? selection.stepIds : [];
}

// Selections are replaced, never changed: one set per selection object.
const selectedSets = new WeakMap<Selection, ReadonlySet<string>>();

/**
 * Whether a step is selected, in constant time: a view of one step can select this from the store
 * on every change (thousands of outline rows do) without scanning the selection each time.
 */
export function isStepSelected(selection: Selection, stepId: string): boolean {
  if (selection.kind !== 'steps') return false;
  if (selection.stepIds.length < 8) return selection.stepIds.includes(stepId);
  let set = selectedSets.get(selection);
  if (!set) {
    set = new Set(selection.stepIds);
    selectedSets.set(selection, set);
  }
  return set.has(stepId);
}
