import type { CSSProperties } from 'react';
import { useClipboardEvents } from '../editing/useClipboardEvents';
import { useKeyboardShortcuts } from '../commands/useKeyboardShortcuts';
import { CanvasArea } from '../canvas/CanvasArea';
import { CaptureBar } from '../capture/CaptureBar';
import { CompareDialog } from '../compare/CompareDialog';
import { CompareView } from '../compare/CompareView';
import { SaveSnapshotDialog } from '../compare/SaveSnapshotDialog';
import { RoomDialog } from '../room/RoomDialog';
import { RoomPanel } from '../room/RoomPanel';
import { useRoomSync } from '../room/useRoomSync';
import { ModalDialog } from '../dialogs/ModalDialog';
import { ImportDialog } from '../files/import/ImportDialog';
import { ImportFindings } from '../files/import/ImportFindings';
import { RecoveryOffer } from '../files/RecoveryOffer';
import { useDocumentTitle } from '../files/useDocumentTitle';
import { useFileDrop } from '../files/useFileDrop';
import { useHostMessages } from './useHostMessages';
import { ContextMenu } from '../widgets/ContextMenu';
import { DropTarget } from '../panels/DropTarget';
import { Inspector } from '../panels/Inspector';
import { OutlinePanel } from '../outline/OutlinePanel';
import { ProblemMessage } from '../panels/ProblemMessage';
import { StatusNotice } from '../panels/StatusNotice';
import { Toolbar } from '../panels/Toolbar';
import { PreferencesDialog } from '../preferences/PreferencesDialog';
import { usePreferences } from '../preferences/usePreferences';
import { usePreferencesStore } from '../preferences/preferencesStore';
import { Presentation } from '../presentation/Presentation';
import { usePresentationStore } from '../store/presentationStore';
import { TimerDialog } from '../timer/TimerDialog';
import { TimerFlash } from '../timer/TimerFlash';
import { useTimerAlarm } from '../timer/useTimerAlarm';
import { SidebarTabs } from './SidebarTabs';
import { TemplateChooser } from '../templates/TemplateChooser';
import { VoteBar } from '../workshop/VoteBar';
import { VoteStartDialog } from '../workshop/VoteStartDialog';

/**
 * The workbench: toolbar on top; the outline on the left, the canvas in the middle, inspector and
 * the gaps, opportunities and personas tabs on the right. Canvas and outline are two views of one document store.
 * A presentation covers it all, which stays laid out beneath and out of reach (inert) until it ends;
 * the timer's dialog and flash come over both.
 */
export function App() {
  const outlineWidth = usePreferencesStore((state) => state.preferences.outlineWidth);
  const outlineShown = usePreferencesStore((state) => state.preferences.outlineShown);
  const sidebarShown = usePreferencesStore((state) => state.preferences.sidebarShown);
  const workspaceClass = `workspace${outlineShown ? '' : ' workspace--no-outline'}${sidebarShown ? '' : ' workspace--no-sidebar'}`;
  const presenting = usePresentationStore((state) => state.presenting !== null);
  const dragging = useFileDrop();
  useKeyboardShortcuts();
  useClipboardEvents();
  useDocumentTitle();
  useHostMessages();
  usePreferences();
  useTimerAlarm();
  useRoomSync();
  return (
    <>
    <div className="app" inert={presenting}>
      <Toolbar />
      <RecoveryOffer />
      <main className={workspaceClass} style={{ '--outline-width-kept': `${outlineWidth}px` } as CSSProperties}>
        {outlineShown && <OutlinePanel />}
        <CanvasArea>
          <CaptureBar />
          <VoteBar />
        </CanvasArea>
        {sidebarShown && (
          <aside className="sidebar" aria-label="Details">
            <Inspector />
            <SidebarTabs />
          </aside>
        )}
        <ProblemMessage />
        <ImportFindings />
        <CompareView />
      </main>
      <StatusNotice />
      <ContextMenu />
      {dragging && <DropTarget />}
      <PreferencesDialog />
      <TemplateChooser />
      <VoteStartDialog />
      <ImportDialog />
      <SaveSnapshotDialog />
      <CompareDialog />
      <RoomDialog />
      <RoomPanel />
      <ModalDialog />
    </div>
    <Presentation />
    <TimerDialog />
    <TimerFlash />
    </>
  );
}
