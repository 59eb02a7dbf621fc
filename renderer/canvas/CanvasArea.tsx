import type Konva from 'konva';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { scrollForZoom, scrollToCorner, type CanvasView } from '../../shared/layout/viewTransform';
import type { Point } from '../../shared/layout/geometry';
import { useDocumentStore } from '../store/documentStore';
import { editingStepId, useSessionStore } from '../store/sessionStore';
import { analysisOf, coverageSourceOf } from '../store/analysisOf';
import { EmptyState } from '../templates/EmptyState';
import { REVEAL_STEPS_EVENT, type RevealStepsDetail } from './revealSteps';
import { CANVAS_PADDING, useEditorLayout } from './canvasLayout';
import { NO_GESTURE, useCanvasStore } from './canvasStore';
import { setMountedCanvas, type LiveCanvas } from './canvasView';
import { useFocusRing } from './focusRing';
import { MapCanvas } from './MapCanvas';
import { Palette } from './Palette';
import { revealIn } from './reveal';
import { TitleEditors } from './TitleEditors';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { useCanvasInput } from './tools/useCanvasInput';
import { useMoreToTheRight } from './useMoreToTheRight';
import './canvas.css';

/**
 * The canvas area: the map, or how to begin while the map has no lane. `children` float over it
 * (the capture bar, the vote bar), so the canvas need not know the features that use its space.
 */
export function CanvasArea({ children }: { readonly children?: ReactNode }) {
  const hasLanes = useDocumentStore((state) => state.map.lanes.length > 0);
  return (
    <div className="canvas-area">
      {hasLanes ? <MapView /> : <EmptyState />}
      {children}
    </div>
  );
}

interface Size {
  readonly width: number;
  readonly height: number;
}

/** The inner size of the scroller (without its scrollbars), kept in the session's viewport for "fit to window". */
function useViewportSize(scroller: RefObject<HTMLDivElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = (): void => {
      const next = { width: element.clientWidth, height: element.clientHeight };
      setSize((previous) => (previous.width === next.width && previous.height === next.height ? previous : next));
      useSessionStore.getState().setViewportSize(next.width, next.height);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);
  return size;
}

/**
 * Zoom: Ctrl+wheel and pinch (which arrives as Ctrl+wheel) zoom around the pointer; the zoom
 * commands zoom around the middle of the view. The scroll position is corrected in the same frame
 * the new size is laid out, so the map never jumps.
 */
function useZoom(scroller: RefObject<HTMLDivElement | null>, viewport: RefObject<HTMLDivElement | null>, zoom: number): void {
  const anchor = useRef<Point | null>(null);
  const previous = useRef(zoom);
  // Pinch sends many tiny steps; zoom is stored rounded, so the unrounded target accumulates here.
  const target = useRef(zoom);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const bounds = (viewport.current ?? element).getBoundingClientRect();
      anchor.current = { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
      const current = useSessionStore.getState().viewport.zoom;
      if (Math.abs(target.current - current) > 0.02) target.current = current;
      const delta = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;
      target.current *= Math.exp(-delta * 0.002);
      useSessionStore.getState().setZoom(target.current);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [scroller, viewport]);

  useLayoutEffect(() => {
    const element = scroller.current;
    const before = previous.current;
    previous.current = zoom;
    if (!element || before === zoom) return;
    const at = anchor.current ?? { x: element.clientWidth / 2, y: element.clientHeight / 2 };
    anchor.current = null;
    const view: CanvasView = { zoom: before, scrollLeft: element.scrollLeft, scrollTop: element.scrollTop, padding: CANVAS_PADDING };
    const next = scrollForZoom(view, zoom, at);
    element.scrollTo({ left: next.scrollLeft, top: next.scrollTop, behavior: 'instant' });
    useCanvasStore.setState({ scrollLeft: element.scrollLeft, scrollTop: element.scrollTop });
  }, [scroller, zoom]);
}

/**
 * Scrolls to where a command asked (fit journey: its first lane under the stage row), once per
 * request, after the zoom that came with it is laid out: this effect runs after the zoom's.
 */
function useScrollRequests(scroller: RefObject<HTMLDivElement | null>, layout: ReturnType<typeof useEditorLayout>, zoom: number): void {
  const request = useSessionStore((state) => state.scrollRequest);
  const handled = useRef(request?.serial ?? 0);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!request || !element || request.serial === handled.current) return;
    handled.current = request.serial;
    const next = scrollToCorner(layout, zoom, CANVAS_PADDING, request.corner);
    element.scrollTo({ left: next.scrollLeft, top: next.scrollTop, behavior: 'instant' });
    useCanvasStore.setState({ scrollLeft: element.scrollLeft, scrollTop: element.scrollTop });
  }, [scroller, request, layout, zoom]);
}

/**
 * The map being edited. The scroller holds a spacer the size of the zoomed map, so its scrollbars
 * are the map's; the Konva stage is only as big as the visible part and stays put (sticky) while
 * the map is drawn scrolled inside it. A canvas the size of a 400-column map would not fit in memory.
 */
function MapView() {
  const scroller = useRef<HTMLDivElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const carriedRef = useRef<Konva.Group>(null);
  const live = useRef<LiveCanvas | null>(null);

  const map = useDocumentStore((state) => state.map);
  const analysis = analysisOf(map);
  const layout = useEditorLayout(map, analysis);
  const zoom = useSessionStore((state) => state.viewport.zoom);
  const scrollLeft = useCanvasStore((state) => state.scrollLeft);
  const scrollTop = useCanvasStore((state) => state.scrollTop);
  const size = useViewportSize(scroller);
  const view = useMemo<CanvasView>(() => ({ zoom, scrollLeft, scrollTop, padding: CANVAS_PADDING }), [zoom, scrollLeft, scrollTop]);
  const { moreToTheRight, scrollbarWidth } = useMoreToTheRight(scroller);

  useLayoutEffect(() => {
    live.current = { layout, view };
    if (viewport.current && scroller.current) setMountedCanvas({ element: viewport.current, scroller: scroller.current, layout, view });
  }, [layout, view]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onScroll = (): void => useCanvasStore.setState({ scrollLeft: element.scrollLeft, scrollTop: element.scrollTop });
    onScroll();
    element.addEventListener('scroll', onScroll, { passive: true });
    const onReveal = (event: Event): void => {
      const detail = (event as CustomEvent<RevealStepsDetail>).detail;
      if (detail) revealIn(element, live.current, detail.stepIds);
    };
    window.addEventListener(REVEAL_STEPS_EVENT, onReveal);
    return () => {
      element.removeEventListener('scroll', onScroll);
      window.removeEventListener(REVEAL_STEPS_EVENT, onReveal);
      setMountedCanvas(null);
      useCanvasStore.setState({ gesture: NO_GESTURE });
      useSessionStore.getState().editTitle(null);
    };
  }, []);

  useZoom(scroller, viewport, zoom);
  useScrollRequests(scroller, layout, zoom);
  useCanvasInput(viewport, scroller, live, carriedRef);
  useCanvasKeyboard(viewport, scroller, live);
  useFocusRing(viewport);

  // A title edited in place must be on screen: a step added by the N key may be far to the right.
  const editedStepId = useSessionStore(editingStepId);
  useLayoutEffect(() => {
    if (editedStepId && scroller.current) revealIn(scroller.current, live.current, [editedStepId]);
  }, [editedStepId]);

  // The canvas follows a single step selected or moved from elsewhere (the outline, the
  // inspector), so the typist sees the card they are writing. Not while the canvas itself has
  // focus: a card pressed at the edge must not scroll away under the pointer.
  const followed = useSessionStore((state) => (state.selection.kind === 'steps' && state.selection.stepIds.length === 1 ? state.selection.stepIds[0]! : null));
  useEffect(() => {
    const element = scroller.current;
    if (!followed || !element || element.contains(document.activeElement)) return;
    if (useCanvasStore.getState().gesture === NO_GESTURE) revealIn(element, live.current, [followed]);
  }, [followed, layout]);

  const description = `${map.title || 'Untitled map'}: ${map.lanes.length} lanes, ${map.steps.length} steps, ${layout.gaps.length} gaps`;
  return (
    <>
      <div ref={scroller} className="canvas-scroller">
        <div
          className="canvas-sizer"
          style={{ width: Math.max(size.width, layout.width * zoom + 2 * CANVAS_PADDING), height: Math.max(size.height, layout.height * zoom + 2 * CANVAS_PADDING) }}
        >
          <div
            ref={viewport}
            className="map-canvas"
            role="application"
            data-shortcut-scope="canvas"
            aria-roledescription="journey map canvas"
            aria-label={description}
            tabIndex={0}
            style={{ width: size.width, height: size.height }}
          >
            {size.width > 0 && size.height > 0 && <MapCanvas map={coverageSourceOf(map)} layout={layout} view={view} width={size.width} height={size.height} carriedRef={carriedRef} />}
            <TitleEditors layout={layout} view={view} />
          </div>
        </div>
      </div>
      <Palette />
      {moreToTheRight && <div className="canvas-area__fade" style={{ right: scrollbarWidth }} aria-hidden="true" />}
    </>
  );
}
