import type { CSSProperties } from 'react';
import { useClipboardEvents } from '../editing/useClipboardEvents';
import { useKeyboardShortcuts } from '../commands/useKeyboardShortcuts';
import { CanvasArea } from '../canvas/CanvasArea';
import { CaptureBar } from '../capture/CaptureBar';
import { ModalDialog } from '../dialogs/ModalDialog';
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
import { SidebarTabs } from './SidebarTabs';
import { TemplateChooser } from '../templates/TemplateChooser';
import { VoteBar } from '../workshop/VoteBar';
import { VoteStartDialog } from '../workshop/VoteStartDialog';

/**
 * The workbench: toolbar on top; the outline on the left, the canvas in the middle, inspector and
 * the gaps, opportunities and personas tabs on the right. Canvas and outline are two views of one document store.
 */
export function App() {
  const outlineWidth = usePreferencesStore((state) => state.preferences.outlineWidth);
  const outlineShown = usePreferencesStore((state) => state.preferences.outlineShown);
  const sidebarShown = usePreferencesStore((state) => state.preferences.sidebarShown);
  const workspaceClass = `workspace${outlineShown ? '' : ' workspace--no-outline'}${sidebarShown ? '' : ' workspace--no-sidebar'}`;
  const dragging = useFileDrop();
  useKeyboardShortcuts();
  useClipboardEvents();
  useDocumentTitle();
  useHostMessages();
  usePreferences();
  return (
    <div className="app">
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
      </main>
      <StatusNotice />
      <ContextMenu />
      {dragging && <DropTarget />}
      <PreferencesDialog />
      <TemplateChooser />
      <VoteStartDialog />
      <ModalDialog />
    </div>
  );
}
