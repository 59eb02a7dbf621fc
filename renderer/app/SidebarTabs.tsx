import { useId, useRef, type KeyboardEvent } from 'react';
import { SnapshotsPanel } from '../compare/SnapshotsPanel';
import { GapsPanel } from '../panels/GapsPanel';
import { OpportunitiesPanel } from '../panels/opportunities/OpportunitiesPanel';
import { ParkingLotPanel } from '../panels/notes/ParkingLotPanel';
import { PersonasPanel } from '../panels/personas/PersonasPanel';
import { useDocumentStore } from '../store/documentStore';
import { VotesPanel } from '../panels/votes/VotesPanel';
import { SIDEBAR_TABS, useSessionStore, type SidebarTab } from '../store/sessionStore';

const TAB_LABELS: Readonly<Record<SidebarTab, string>> = { gaps: 'Gaps', opportunities: 'Opportunities', personas: 'Personas', notes: 'Parking lot', votes: 'Votes', snapshots: 'Snapshots' };

/**
 * The sidebar's lower part: Gaps, Opportunities, Personas, Parking lot, Votes and Snapshots as tabs. The active tab lives in the
 * session store, so a gap's "Add opportunity" can open the Opportunities tab. Arrow keys, Home and
 * End move between the tabs, as in any tab list; only the active tab is a tab stop.
 */
export function SidebarTabs() {
  const active = useSessionStore((state) => state.sidebarTab);
  const id = useId();
  const tabs = useRef(new Map<SidebarTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = SIDEBAR_TABS.indexOf(active);
    const next =
      event.key === 'ArrowRight'
        ? SIDEBAR_TABS[(index + 1) % SIDEBAR_TABS.length]
        : event.key === 'ArrowLeft'
          ? SIDEBAR_TABS[(index + SIDEBAR_TABS.length - 1) % SIDEBAR_TABS.length]
          : event.key === 'Home'
            ? SIDEBAR_TABS[0]
            : event.key === 'End'
              ? SIDEBAR_TABS[SIDEBAR_TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    useSessionStore.getState().showSidebarTab(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <div className="sidebar-tabs">
      <div className="sidebar-tabs__list" role="tablist" aria-label="Analysis and method" onKeyDown={onKeyDown}>
        {SIDEBAR_TABS.map((tab) => (
          <button
            key={tab}
            ref={(button) => {
              if (button) tabs.current.set(tab, button);
              else tabs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`${id}-${tab}-tab`}
            className="sidebar-tabs__tab"
            aria-selected={tab === active}
            aria-controls={tab === active ? `${id}-${tab}-panel` : undefined}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => useSessionStore.getState().showSidebarTab(tab)}
          >
            {TAB_LABELS[tab]}
            {tab === 'notes' && <NoteCount />}
          </button>
        ))}
      </div>
      <div className="sidebar-tabs__panel" role="tabpanel" id={`${id}-${active}-panel`} aria-labelledby={`${id}-${active}-tab`}>
        {active === 'gaps' && <GapsPanel />}
        {active === 'opportunities' && <OpportunitiesPanel />}
        {active === 'personas' && <PersonasPanel />}
        {active === 'notes' && <ParkingLotPanel />}
        {active === 'votes' && <VotesPanel />}
        {active === 'snapshots' && <SnapshotsPanel />}
      </div>
    </div>
  );
}

/** How many notes wait in the parking lot, beside its tab's name: the room sees ideas pile up. */
function NoteCount() {
  const count = useDocumentStore((state) => state.map.notes?.length ?? 0);
  return count > 0 ? <span className="sidebar-tabs__count"> {count}</span> : null;
}
