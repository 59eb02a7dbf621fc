import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import { parse } from '../../shared/format/parse';
import { LAYOUT_DIMENSIONS } from '../../shared/layout/dimensions';
import type { Point } from '../../shared/layout/geometry';
import type { Rect } from '../../shared/layout/mapLayout';
import { bodyOrigin, frozenOrigin, rectToScreen, toScreen } from '../../shared/layout/viewTransform';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { canvasDotsOf } from '../canvas/canvasDots';
import { carriedCards, mountedCanvas } from '../canvas/canvasView';
import { isCommandId } from '../../shared/commands/commandIds';
import { dispatch } from '../commands/dispatch';
import { isDirty, useFileStore } from '../files/fileState';
import { openMap } from '../files/openFile';
import { getHost } from '../host/host';
import { presentationStatus, type PresentationStatus } from '../presentation/presentationStatus';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { analysisOf } from '../store/analysisOf';
import { useRehearsedCrash } from './CrashBoundary';

/** The page's scripting surface, for end-to-end tests and for poking at the app from the console. */
export interface WorkbenchApi {
  /** Opens a map from `.journey` text or its parsed object; throws an Error listing the problems when it is not a valid map. */
  load(mapJson: string | object): void;
  getMap(): JourneyMap;
  getAnalysis(): CoverageAnalysis;
  /** Where a step's card is on screen now (while dragged: where the pointer carries it), in page CSS pixels; null when no canvas shows it. */
  stepBox(stepId: string): Rect | null;
  /** Where a lane is on screen now, from its header to the end of its band, in page CSS pixels; null when no canvas shows it. */
  laneBox(laneId: string): Rect | null;
  /** The page point in the middle of a lane's first row at a column: where a drag drops a card there. Null when no canvas shows the lane. */
  cellCenter(laneId: string, column: number): Point | null;
  /** The page point of a step's point on its lane's emotion curve (on the 0 line while it has no emotion): where a drag grabs it. Null when no curve shows it. */
  emotionPoint(stepId: string): Point | null;
  /** The dot badge a step's card wears now (the room's once revealed, the voter's own while they vote); null for none. */
  cardDots(stepId: string): { count: number; own: boolean } | null;
  /** Runs a command by id as the keyboard or a menu would; false when it is disabled or unknown. */
  run(commandId: string): boolean;
  /** The file the document belongs to and whether it has unsaved changes. */
  fileState(): { documentId: string; handle: string | null; fileName: string | null; dirty: boolean };
  /** Throws while rendering, as a bug would, to rehearse the crash screen and the way back to the work. */
  rehearseCrash(): void;
  /** The recovery copies the host keeps now (without their text), newest first. */
  recoveryCopies(): Promise<{ documentId: string; title: string; fileName: string | null; updatedAt: string }[]>;
  /** Whether a presentation is on screen, its slide (counted from 1) of how many, the slide's kind and stage, and whether the screen is blanked. */
  presentation(): PresentationStatus;
}

declare global {
  interface Window {
    workbench: WorkbenchApi;
  }
}

/** The canvas's top-left corner in page coordinates, and the canvas, or null when none is shown. */
function canvasOnPage() {
  const canvas = mountedCanvas();
  if (!canvas) return null;
  const bounds = canvas.element.getBoundingClientRect();
  return { canvas, left: bounds.left + window.scrollX, top: bounds.top + window.scrollY };
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
    stepBox(stepId) {
      const on = canvasOnPage();
      const box = on && (carriedCards().get(stepId) ?? on.canvas.layout.steps.find((candidate) => candidate.stepId === stepId));
      if (!on || !box) return null;
      const shown = rectToScreen(on.canvas.view, box);
      return { x: on.left + shown.x, y: on.top + shown.y, width: shown.width, height: shown.height };
    },
    laneBox(laneId) {
      const on = canvasOnPage();
      const lane = on?.canvas.layout.lanes.find((candidate) => candidate.laneId === laneId);
      if (!on || !lane) return null;
      const { view } = on.canvas;
      const left = frozenOrigin(view).x;
      const right = bodyOrigin(view).x + (lane.x + lane.width) * view.zoom;
      const top = bodyOrigin(view).y + lane.y * view.zoom;
      return { x: on.left + left, y: on.top + top, width: right - left, height: lane.height * view.zoom };
    },
    cellCenter(laneId, column) {
      const on = canvasOnPage();
      const lane = on?.canvas.layout.lanes.find((candidate) => candidate.laneId === laneId);
      if (!on || !lane) return null;
      const { layout, view } = on.canvas;
      const point = toScreen(view, {
        x: layout.axis.x + (column + 0.5) * layout.columnWidth,
        y: lane.y + LAYOUT_DIMENSIONS.stepInset + LAYOUT_DIMENSIONS.stepHeight / 2,
      });
      return { x: on.left + point.x, y: on.top + point.y };
    },
    emotionPoint(stepId) {
      const on = canvasOnPage();
      const point = on?.canvas.layout.emotionCurves.flatMap((curve) => curve.points).find((candidate) => candidate.stepId === stepId);
      if (!on || !point) return null;
      const shown = toScreen(on.canvas.view, point);
      return { x: on.left + shown.x, y: on.top + shown.y };
    },
    cardDots(stepId) {
      const dots = canvasDotsOf(useDocumentStore.getState().map, useSessionStore.getState().voteTurn).cards.get(stepId);
      return dots ? { ...dots } : null;
    },
    run(commandId) {
      return isCommandId(commandId) && dispatch(commandId);
    },
    fileState() {
      const { documentId, handle, fileName } = useFileStore.getState();
      return { documentId, handle, fileName, dirty: isDirty() };
    },
    rehearseCrash() {
      useRehearsedCrash.setState({ crash: true });
    },
    async recoveryCopies() {
      const copies: { documentId: string; title: string; fileName: string | null; updatedAt: string }[] = [];
      let after: string | null = null;
      do {
        const result = await getHost()['recovery:list']({ after });
        if (!result.ok) throw new Error(result.error.message);
        copies.push(...result.value.copies.map(({ documentId, title, fileName, updatedAt }) => ({ documentId, title, fileName, updatedAt })));
        after = result.value.next;
      } while (after !== null);
      return copies;
    },
    presentation: presentationStatus,
  };
}
