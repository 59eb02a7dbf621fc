import type { CommandId } from '../../../../../shared/commands/commandIds';
import type { Point } from '../../../../../shared/layout/geometry';
import { targetAt, type CanvasHit } from '../../../../../shared/layout/hitTest';
import type { MapLayout, StepBox } from '../../../../../shared/layout/mapLayout';
import { toScreen, type CanvasView } from '../../../../../shared/layout/viewTransform';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { CANVAS_PADDING, editorLayout } from '../../../../../renderer/canvas/canvasLayout';
import type { LiveCanvas } from '../../../../../renderer/canvas/canvasView';
import { GestureRunner, type PointerAt } from '../../../../../renderer/canvas/tools/gestureRunner';
import { contextMenuAt, cursorAt, doubleClickAt, gripStepId, pressAt } from '../../../../../renderer/canvas/tools/idle';
import type { ToolState, ToolSurface } from '../../../../../renderer/canvas/tools/toolState';
import { openMap } from '../../../../../renderer/files/openFile';
import { analysisOf } from '../../../../../renderer/store/analysisOf';
import { useDocumentStore } from '../../../../../renderer/store/documentStore';
import '../../support/commands';

/**
 * Drives the canvas's gestures without a DOM, as tldraw's TestEditor does: pointer down, move and
 * up at map points go through the same hit test, states and runner as the app's input adapter;
 * the stores are the app's own. The view is unscrolled at 100 %, so frozen headers sit where the
 * map draws them.
 */
export class ToolDriver {
  readonly view: CanvasView = { zoom: 1, scrollLeft: 0, scrollTop: 0, padding: CANVAS_PADDING };
  /** What the states asked the screen to do: cards carried, and the scroll position. */
  carried: { readonly stepIds: readonly string[]; readonly dx: number; readonly dy: number } | null = null;
  scroll = { left: 0, top: 0 };
  private readonly surface: ToolSurface = {
    carry: (cards, dx, dy) => {
      this.carried = { stepIds: cards.map((card) => card.stepId), dx, dy };
    },
    release: () => {
      this.carried = null;
    },
    scrollPosition: () => this.scroll,
    scrollTo: (left, top) => {
      this.scroll = { left, top };
    },
  };
  // The layout the canvas drew when the gesture began: the map itself changes only on release.
  private shown: LiveCanvas;
  readonly runner = new GestureRunner(() => this.shown);

  constructor(map: JourneyMap) {
    openMap(map);
    this.shown = this.fresh();
  }

  get map(): JourneyMap {
    return useDocumentStore.getState().map;
  }

  get layout(): MapLayout {
    return this.shown.layout;
  }

  /** The screen point of a map point of the body (and, unscrolled, of the frozen headers). */
  screen(at: Point): Point {
    return toScreen(this.view, at);
  }

  box(stepId: string): StepBox {
    const box = this.layout.steps.find((candidate) => candidate.stepId === stepId);
    if (!box) throw new Error(`No card for step ${stepId}.`);
    return box;
  }

  centreOf(stepId: string): Point {
    const box = this.box(stepId);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The middle of a lane's first row at a column. */
  cell(laneId: string, column: number): Point {
    const lane = this.layout.lanes.find((band) => band.laneId === laneId)!;
    return { x: this.layout.axis.x + (column + 0.5) * this.layout.columnWidth, y: lane.y + 30 };
  }

  laneHeader(laneId: string): Point {
    const lane = this.layout.lanes.find((band) => band.laneId === laneId)!;
    return { x: lane.header.x + lane.header.width / 2, y: lane.y + lane.height / 2 };
  }

  /** A point of the stage row over a column. */
  stageRow(column: number): Point {
    const row = this.layout.stageRow;
    return { x: this.layout.axis.x + (column + 0.5) * this.layout.columnWidth, y: row.y + row.height / 2 };
  }

  hit(at: Point): CanvasHit {
    return targetAt(this.layout, this.view, this.screen(at), gripStepId());
  }

  pointerDown(at: Point, { shiftKey = false } = {}): ToolState | null {
    this.shown = this.fresh();
    const state = pressAt(this.hit(at), this.layout, shiftKey, this.surface);
    if (state) this.runner.begin(state, this.pointer(at, shiftKey));
    return state;
  }

  /** Starts a gesture pressed outside the canvas (the palette's chip) at a screen point. */
  startOutside(state: ToolState, screen: Point): void {
    this.shown = this.fresh();
    this.runner.begin(state, { screen, client: screen, overCanvas: false, shiftKey: false });
  }

  pointerMove(at: Point, { overCanvas = true } = {}): void {
    this.runner.move(this.pointer(at, false, overCanvas));
  }

  pointerUp(at: Point, { shiftKey = false, overCanvas = true } = {}): void {
    this.runner.up(this.pointer(at, shiftKey, overCanvas));
  }

  /** A press, a drag through `to` and a release there. */
  drag(from: Point, to: Point): void {
    this.pointerDown(from);
    this.pointerMove(to);
    this.pointerUp(to);
  }

  escape(): void {
    this.runner.cancel();
  }

  doubleClick(at: Point): void {
    this.shown = this.fresh();
    doubleClickAt(this.hit(at).target);
  }

  contextMenu(at: Point): { readonly commandIds: readonly CommandId[]; readonly label: string } {
    this.shown = this.fresh();
    return contextMenuAt(this.hit(at));
  }

  cursor(at: Point): string {
    this.shown = this.fresh();
    return cursorAt(this.hit(at).target);
  }

  private pointer(at: Point, shiftKey: boolean, overCanvas = true): PointerAt {
    const screen = this.screen(at);
    return { screen, client: screen, overCanvas, shiftKey };
  }

  private fresh(): LiveCanvas {
    return { layout: editorLayout(this.map, analysisOf(this.map)), view: this.view };
  }
}
