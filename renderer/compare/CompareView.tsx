import { useEffect, useRef, useState } from 'react';
import type { LaneDiff } from '../../shared/compare/diffMaps';
import type { GapRef } from '../../shared/compare/gapChanges';
import { coverageChangeLabel, gapChangeLabel } from '../../shared/words/changeWords';
import { formatSeverity, stepCountLabel } from '../../shared/words/figureWords';
import { gapKindLabel } from '../../shared/words/gapKindWords';
import { CompareMapSvg } from '../report/CompareMapSvg';
import { useCommandEnabled } from '../commands/useCommandEnabled';
import { dispatch } from '../commands/dispatch';
import { useCompareStore, type Comparing } from '../store/compareStore';
import './compare.css';

/** The compare view over the workspace while a compare is on screen. */
export function CompareView() {
  const comparing = useCompareStore((state) => state.comparing);
  return comparing ? <CompareScreen comparing={comparing} /> : null;
}

const gapWords = (gap: GapRef): string => `${gapKindLabel(gap.kind)}, ${stepCountLabel(gap.stepIds.length)}, severity ${formatSeverity(gap.severity)}`;

/**
 * One map with what changed marked on it, and beside it per journey lane the coverage before →
 * after and the gaps closed, opened and changed. N or → goes to the next change, Shift+N or ← to
 * the previous, Escape back to editing; the status line says which change the ring is on.
 */
function CompareScreen({ comparing }: { readonly comparing: Comparing }) {
  const box = useRef<HTMLDivElement>(null);
  const mapArea = useRef<HTMLDivElement>(null);
  const { view, diff, before, after, focused } = comparing;
  const stop = focused === null ? null : view.stops[focused];
  const areaWidth = useWidth(mapArea);
  // The whole journey's width in view where it fits, never smaller than half size: the words must stay legible.
  const scale = areaWidth === null ? 1 : Math.min(1, Math.max(0.5, (areaWidth - 32) / view.layout.width));

  useEffect(() => {
    // The view covers the workspace: what lies beneath is out of reach (inert) until it is left,
    // and the focus goes back where it was (the canvas, the snapshot's button).
    const node = box.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const beneath = node?.parentElement ? [...node.parentElement.children].filter((element) => element !== node && !element.hasAttribute('inert')) : [];
    for (const element of beneath) element.setAttribute('inert', '');
    node?.focus();
    return () => {
      for (const element of beneath) element.removeAttribute('inert');
      if (before?.isConnected) before.focus();
    };
  }, []);
  useEffect(() => {
    // The ring's change scrolled into view, with room around it.
    const area = mapArea.current;
    if (!stop || !area) return;
    area.scrollTo({ left: Math.max(0, stop.rect.x * scale - area.clientWidth / 3), top: Math.max(0, stop.rect.y * scale - area.clientHeight / 3) });
  }, [stop, scale]);

  const { added, removed, moved, changed } = diff.steps;
  return (
    <div ref={box} className="compare-view" role="region" aria-label="Compare" tabIndex={-1} data-shortcut-scope="compare">
      <div className="compare-view__bar">
        <h2 className="compare-view__title">
          Compare: {before.name} → {after.name}
        </h2>
        <BarButton id="compare.previousChange" label="Previous change" />
        <BarButton id="compare.nextChange" label="Next change" />
        <BarButton id="file.exportPdf" label="Export PDF…" />
        <BarButton id="file.exportPptx" label="Export PowerPoint…" />
        <BarButton id="compare.leave" label="Back to editing" primary />
      </div>
      <div ref={mapArea} className="compare-view__map">
        <CompareMapSvg view={view} focused={focused} width={view.layout.width * scale} />
      </div>
      <aside className="compare-view__summary" aria-label="What changed">
        <p>
          Steps: {added.length} added, {removed.length} removed, {moved.length} moved, {changed.length} changed.
        </p>
        {diff.lanes.map((lane) => (
          <LaneSummary key={lane.laneId} lane={lane} />
        ))}
      </aside>
      <p className="compare-view__status" role="status">
        {view.stops.length === 0
          ? 'Nothing changed between the two.'
          : stop
            ? `Change ${focused! + 1} of ${view.stops.length}: ${stop.words}`
            : `${view.stops.length === 1 ? '1 change' : `${view.stops.length} changes`}. Press N or → for the next, Shift+N or ← for the previous, Escape to go back to editing.`}
      </p>
    </div>
  );
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The width of an element as it is laid out, following it as the window resizes; null before the first layout. */
function useWidth(element: { readonly current: HTMLElement | null }): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    // The observer also reports the first size, as soon as it starts observing.
    const observer = new ResizeObserver(() => setWidth(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

function BarButton({ id, label, primary = false }: { readonly id: 'compare.previousChange' | 'compare.nextChange' | 'compare.leave' | 'file.exportPdf' | 'file.exportPptx'; readonly label: string; readonly primary?: boolean }) {
  const enabled = useCommandEnabled(id);
  return (
    <button type="button" className={`button button--small${primary ? ' button--primary' : ''}`} disabled={!enabled} onClick={() => dispatch(id)}>
      {label}
    </button>
  );
}

function LaneSummary({ lane }: { readonly lane: LaneDiff }) {
  const none = lane.gapsClosed.length + lane.gapsOpened.length + lane.gapsChanged.length === 0;
  return (
    <section className="compare-lane" data-lane-id={lane.laneId}>
      <h3>
        {lane.title || 'Untitled lane'}: coverage {coverageChangeLabel(lane.coverageBefore, lane.coverageAfter)}
      </h3>
      {none && <p>No gap closed, opened or changed.</p>}
      <ul>
        {lane.gapsClosed.map((gap) => (
          <li key={`closed-${gap.stepIds[0]}`} data-gap-change="closed">
            ✓ Closed: {gapWords(gap)} → 0
          </li>
        ))}
        {lane.gapsOpened.map((gap) => (
          <li key={`opened-${gap.stepIds[0]}`} data-gap-change="opened">
            ! Opened: {gapWords(gap)}
          </li>
        ))}
        {lane.gapsChanged.map((entry) => (
          <li key={`changed-${entry.before.stepIds[0]}-${entry.after.stepIds[0]}`} data-gap-change="changed">
            ↔ {capitalised(gapChangeLabel(entry.change))}: {gapWords(entry.before)} → {gapWords(entry.after)}
          </li>
        ))}
      </ul>
    </section>
  );
}
