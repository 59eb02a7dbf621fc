import type { CommandId } from '../../shared/commands/commandIds';

/** A menu entry as the app describes it; main.ts turns these into Electron's menu items. */
export type MenuEntry =
  | { readonly kind: 'command'; readonly label: string; readonly commandId: CommandId; readonly accelerator?: string }
  | { readonly kind: 'role'; readonly role: 'quit' | 'about' | 'toggleDevTools' | 'togglefullscreen' | 'minimize' | 'close' }
  | { readonly kind: 'recent'; readonly label: string }
  | { readonly kind: 'submenu'; readonly label: string; readonly entries: readonly MenuEntry[] }
  | { readonly kind: 'separator' };

/** A top-level menu. */
export interface MenuSection {
  readonly label: string;
  readonly entries: readonly MenuEntry[];
}

const command = (label: string, commandId: CommandId, accelerator?: string): MenuEntry => ({ kind: 'command', label, commandId, ...(accelerator ? { accelerator } : {}) });
const separator: MenuEntry = { kind: 'separator' };

/**
 * The native menus: each entry runs a command of the renderer's registry by id, so the menu,
 * the toolbar and the keyboard always do the same thing. Accelerators repeat the registry's
 * shortcuts for display and for the OS; a unit test keeps the two the same.
 */
export function menuTemplate({ mac, development }: { readonly mac: boolean; readonly development: boolean }): MenuSection[] {
  return [
    {
      label: 'File',
      entries: [
        command('New', 'file.new', 'CmdOrCtrl+N'),
        command('Open…', 'file.open', 'CmdOrCtrl+O'),
        command('Import…', 'file.import'),
        { kind: 'recent', label: 'Open Recent' },
        separator,
        command('Save', 'file.save', 'CmdOrCtrl+S'),
        command('Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        command('Revert', 'file.revert'),
        separator,
        command('Save Snapshot…', 'snapshot.save'),
        command('Compare…', 'compare.open'),
        separator,
        { kind: 'submenu', label: 'Export', entries: [command('PDF…', 'file.exportPdf', 'CmdOrCtrl+Shift+E'), command('PNG…', 'file.exportPng'), command('SVG…', 'file.exportSvg'), command('PowerPoint…', 'file.exportPptx'), command('Excel…', 'file.exportXlsx'), command('CSV…', 'file.exportCsv'), command('Mermaid…', 'file.exportMermaid')] },
        separator,
        command('Preferences…', 'app.preferences', 'CmdOrCtrl+,'),
        ...(mac ? [] : [separator, { kind: 'role', role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      entries: [
        command('Undo', 'history.undo', 'CmdOrCtrl+Z'),
        command('Redo', 'history.redo', 'CmdOrCtrl+Shift+Z'),
        separator,
        command('Cut', 'clipboard.cut', 'CmdOrCtrl+X'),
        command('Copy', 'clipboard.copy', 'CmdOrCtrl+C'),
        command('Paste', 'clipboard.paste', 'CmdOrCtrl+V'),
        command('Duplicate', 'selection.duplicate', 'CmdOrCtrl+D'),
        command('Delete', 'selection.delete'),
        separator,
        command('Select All Steps', 'selection.all', 'CmdOrCtrl+A'),
        separator,
        command('Add Step', 'step.add'),
        command('Add Journey Lane', 'lane.addJourney'),
        command('Add Context Lane', 'lane.addContext'),
        command('Add Process Lane', 'lane.addProcess'),
        command('Add Stage', 'stage.add'),
      ],
    },
    {
      label: 'View',
      entries: [
        command('Zoom In', 'view.zoomIn', 'CmdOrCtrl+='),
        command('Zoom Out', 'view.zoomOut', 'CmdOrCtrl+-'),
        command('Actual Size', 'view.zoomReset', 'CmdOrCtrl+0'),
        command('Fit to Window', 'view.zoomFit', 'Shift+1'),
        command('Fit Width', 'view.zoomFitWidth', 'Shift+2'),
        command('Fit Journey', 'view.zoomFitJourney', 'Shift+3'),
        separator,
        command('Show Outline', 'view.toggleOutline', 'CmdOrCtrl+B'),
        command('Show Details', 'view.toggleSidebar', 'CmdOrCtrl+Shift+B'),
        command('Hide Both Panels', 'view.togglePanels', 'CmdOrCtrl+\\'),
        separator,
        { kind: 'role', role: 'togglefullscreen' },
        ...(development ? [{ kind: 'role', role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: 'Workshop',
      // Placing a dot is a plain key (D) on the canvas only; the menu shows no accelerator for it.
      entries: [
        command('Present', 'view.present', 'F5'),
        separator,
        command('Capture…', 'capture.open', 'CmdOrCtrl+K'),
        separator,
        command('Start a Vote…', 'vote.start', 'CmdOrCtrl+Shift+V'),
        command('Place a Dot', 'vote.castDot'),
        command('Take Back My Last Dot', 'vote.takeBackDot'),
        command('Next Person', 'vote.nextPerson', 'CmdOrCtrl+Enter'),
        command('Reveal the Result', 'vote.reveal', 'CmdOrCtrl+Shift+Enter'),
        separator,
        command('Start Timer…', 'timer.start', 'T'),
        command('Pause Timer', 'timer.pause', 'P'),
        command('Add a Minute', 'timer.addMinute', 'M'),
        command('Stop Timer', 'timer.stop', 'Shift+T'),
        separator,
        command('Open Room…', 'room.open'),
        command('Show Room Code', 'room.show', 'CmdOrCtrl+Shift+J'),
        command('Close Room', 'room.close'),
      ],
    },
    { label: 'Help', entries: [{ kind: 'role', role: 'about' }] },
  ];
}
