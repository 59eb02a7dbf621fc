import { type MouseEvent, type ReactNode } from 'react';
import type { CommandId } from '../../shared/commands/commandIds';
import { dispatch } from '../commands/dispatch';
import { commandById } from '../commands/registry';
import { ariaShortcut, displayShortcut } from '../commands/shortcuts';
import { useCommandEnabled } from '../commands/useCommandEnabled';
import { useFileStore, useIsDirty } from '../files/fileState';
import { useDocumentStore } from '../store/documentStore';
import { usePreferencesStore } from '../preferences/preferencesStore';
import { RoomChip } from '../room/RoomPanel';
import { useRoomStore } from '../room/roomStore';
import { useSessionStore } from '../store/sessionStore';
import { useTimerStore } from '../store/timerStore';
import { TimerReadout } from '../timer/TimerReadout';
import { useCountdownReadout } from '../timer/useCountdownReadout';
import { openContextMenu, useContextMenuOpen } from '../widgets/ContextMenu';

const ADD_LANE_COMMANDS = ['lane.addJourney', 'lane.addContext', 'lane.addProcess'] as const;
const EXPORT_COMMANDS = ['file.exportPdf', 'file.exportPng', 'file.exportSvg', 'file.exportPptx', 'file.exportXlsx', 'file.exportCsv', 'file.exportMermaid'] as const;
const ADD_COMMANDS = ['step.add', ...ADD_LANE_COMMANDS, 'stage.add'] as const;
const FILE_COMMANDS = ['file.new', 'file.open', 'file.import', 'file.save', 'file.saveAs', ...EXPORT_COMMANDS] as const;
const WORKSHOP_COMMANDS = ['view.present', 'capture.open', 'vote.start', 'vote.castDot', 'vote.takeBackDot', 'vote.nextPerson', 'vote.reveal', 'timer.start', 'timer.pause', 'timer.addMinute', 'timer.stop', 'room.open', 'room.show', 'room.close'] as const;
const FIT_COMMANDS = ['view.zoomFit', 'view.zoomFitWidth', 'view.zoomFitJourney'] as const;

/**
 * The bar at the top: the app, the map's title, and the commands people reach for most. On a
 * narrower window (a 1280- or 1024-pixel projector) the adding commands, then the file ones, fold
 * into a menu each rather than wrap (app.css shows one form or the other by the window's width).
 */
export function Toolbar() {
  const title = useDocumentStore((state) => state.map.title);
  // A room's chip and a running timer widen the Workshop group: on a projector the file commands fold sooner (app.css).
  const roomOpen = useRoomStore((state) => state.room !== null);
  const timing = useTimerStore((state) => state.countdown !== null);
  const busy = roomOpen || timing;
  return (
    <header className={busy ? 'toolbar toolbar--workshop' : 'toolbar'}>
      <span className="toolbar__brand">Outside-In</span>
      <span className="toolbar__separator toolbar__brand-separator" aria-hidden="true" />
      <div className="toolbar__heading">
        <h1 className="toolbar__title" title={title}>
          {title || 'Untitled map'}
        </h1>
        <FileStatus />
      </div>
      <div className="toolbar__actions" role="toolbar" aria-label="Map commands">
        <div className="toolbar__group">
          <CommandButton id="history.undo" icon="↶" />
          <CommandButton id="history.redo" icon="↷" />
        </div>
        <div className="toolbar__group toolbar__roomy">
          <CommandButton id="step.add" />
          <MenuButton label="Add lane" title="Add a journey, context or process lane" commandIds={ADD_LANE_COMMANDS} />
          <CommandButton id="stage.add" />
        </div>
        <div className="toolbar__group toolbar__compact">
          <MenuButton label="Add" title="Add a step, a lane or a stage" commandIds={ADD_COMMANDS} />
        </div>
        <ZoomControls />
        <div className="toolbar__group">
          <MenuButton label="Workshop" title="Present, capture, vote and keep time in the room" commandIds={WORKSHOP_COMMANDS} />
          <TimerControls />
          <RoomChip />
        </div>
        <div className="toolbar__group toolbar__spacious">
          <CommandButton id="file.new" />
          <CommandButton id="file.open" />
          <CommandButton id="file.import" />
          <CommandButton id="file.save" />
          <MenuButton label="Export" title="Export the map as a PDF report, a PNG, an SVG, a PowerPoint deck, an Excel workbook, a CSV or a Mermaid journey" commandIds={EXPORT_COMMANDS} />
        </div>
        <div className="toolbar__group toolbar__snug">
          <MenuButton label="File" title="New, open, save or export the map" commandIds={FILE_COMMANDS} />
        </div>
        <div className="toolbar__group">
          <PanelToggle id="view.toggleOutline" shownKey="outlineShown" icon={<PanelIcon side="left" />} />
          <PanelToggle id="view.toggleSidebar" shownKey="sidebarShown" icon={<PanelIcon side="right" />} />
        </div>
        <div className="toolbar__group">
          <CommandButton id="app.preferences" icon={<GearIcon />} className="button--quiet" name="Preferences" />
        </div>
      </div>
    </header>
  );
}

/** Label and shortcuts, as the tooltip shows them: "Undo (Ctrl+Z)". */
function tooltipOf(id: CommandId): string {
  const command = commandById(id);
  const shortcut = command.shortcuts?.[0];
  return shortcut ? `${command.label} (${displayShortcut(shortcut)})` : command.label;
}

interface CommandButtonProps {
  readonly id: CommandId;
  /** Shown instead of the label; the label stays the button's name. */
  readonly icon?: ReactNode;
  readonly children?: ReactNode;
  readonly className?: string;
  /** The button's name when the label alone would not say enough. */
  readonly name?: string;
}

/** A button that runs a registry command: label, tooltip and enabled state all come from the command. */
function CommandButton({ id, icon, children, className, name }: CommandButtonProps) {
  const enabled = useCommandEnabled(id);
  const command = commandById(id);
  const shortcut = command.shortcuts?.[0];
  return (
    <button
      type="button"
      className={`button${icon ? ' button--icon' : ''}${className ? ` ${className}` : ''}`}
      title={tooltipOf(id)}
      aria-label={name ?? (icon || children ? command.label : undefined)}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
      disabled={!enabled}
      onClick={() => dispatch(id)}
    >
      {icon ? <span aria-hidden="true">{icon}</span> : (children ?? command.label)}
    </button>
  );
}

/** A button that shows or hides a side panel, pressed while the panel shows. */
function PanelToggle({ id, shownKey, icon }: { readonly id: CommandId; readonly shownKey: 'outlineShown' | 'sidebarShown'; readonly icon: ReactNode }) {
  const shown = usePreferencesStore((state) => state.preferences[shownKey]);
  const command = commandById(id);
  const shortcut = command.shortcuts?.[0];
  return (
    <button
      type="button"
      className="button button--icon button--quiet"
      title={tooltipOf(id)}
      aria-label={command.label}
      aria-pressed={shown}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
      onClick={() => dispatch(id)}
    >
      {icon}
    </button>
  );
}

/** A window with its left or right panel filled in: the outline, the details. */
function PanelIcon({ side }: { readonly side: 'left' | 'right' }) {
  return (
    <svg className="icon" width="18" height="18" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.4" aria-hidden="true">
      <rect x="2.5" y="4" width="15" height="12" rx="1.5" />
      <rect x={side === 'left' ? 2.5 : 12.5} y="4" width="5" height="12" rx="1.5" fill="currentColor" fillOpacity="0.35" />
    </svg>
  );
}

/** A gear, drawn in the text colour, for Preferences. */
function GearIcon() {
  return (
    <svg className="icon" width="18" height="18" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round">
      <path d="M8.42 4.11L8.75 2.10L11.25 2.10L11.58 4.11L13.05 4.72L14.70 3.53L16.47 5.30L15.28 6.95L15.89 8.42L17.90 8.75L17.90 11.25L15.89 11.58L15.28 13.05L16.47 14.70L14.70 16.47L13.05 15.28L11.58 15.89L11.25 17.90L8.75 17.90L8.42 15.89L6.95 15.28L5.30 16.47L3.53 14.70L4.72 13.05L4.11 11.58L2.10 11.25L2.10 8.75L4.11 8.42L4.72 6.95L3.53 5.30L5.30 3.53L6.95 4.72Z" />
      <circle cx="10" cy="10" r="2.6" />
    </svg>
  );
}

interface MenuButtonProps {
  /** The button's text and its menu's name. */
  readonly label: string;
  readonly title: string;
  readonly commandIds: readonly CommandId[];
  /** Shows only the ▾, beside the button whose variants it offers (Fit ▾); the label stays its name. */
  readonly arrowOnly?: boolean;
}

/** A button that drops down a menu of registry commands below itself; Enter or Space opens it, arrows move in it. */
function MenuButton({ label, title, commandIds, arrowOnly = false }: MenuButtonProps) {
  const open = useContextMenuOpen(label);
  const show = (event: MouseEvent<HTMLButtonElement>): void => {
    const box = event.currentTarget.getBoundingClientRect();
    openContextMenu({ x: box.left + window.scrollX, y: box.bottom + 4 + window.scrollY }, commandIds, { label });
  };
  return (
    <button
      type="button"
      className={arrowOnly ? 'button button--arrow' : 'button'}
      title={title}
      aria-label={arrowOnly ? label : undefined}
      aria-haspopup="menu"
      aria-expanded={open}
      onClick={show}
    >
      {arrowOnly ? <span aria-hidden="true">▾</span> : <>{label} <span aria-hidden="true">▾</span></>}
    </button>
  );
}

function ZoomControls() {
  const zoom = useSessionStore((state) => state.viewport.zoom);
  return (
    <div className="toolbar__group toolbar__zoom">
      <CommandButton id="view.zoomOut" icon="−" />
      <CommandButton id="view.zoomReset" className="toolbar__zoom-level" name={`Zoom ${Math.round(zoom * 100)}%: actual size`}>
        <span aria-hidden="true">{Math.round(zoom * 100)}%</span>
      </CommandButton>
      <CommandButton id="view.zoomIn" icon="+" />
      <CommandButton id="view.zoomFit">Fit</CommandButton>
      <MenuButton label="Fit options" title="Fit the whole map, its width, or the journey to the window" commandIds={FIT_COMMANDS} arrowOnly />
    </div>
  );
}

/**
 * The countdown while there is one, with one button beside it: pause or resume, and once time is
 * up, stop. A minute more and the rest are in the Workshop menu and on their keys.
 */
function TimerControls() {
  const readout = useCountdownReadout();
  if (!readout) return null;
  const { phase } = readout;
  return (
    <span className="toolbar__timer">
      <TimerReadout words={false} />
      {phase === 'done' ? (
        <CommandButton id="timer.stop" icon="✕" className="button--quiet" />
      ) : (
        <CommandButton id="timer.pause" icon={phase === 'paused' ? '▶' : '❚❚'} className="button--quiet" name={phase === 'paused' ? 'Resume timer' : 'Pause timer'} />
      )}
    </span>
  );
}

/**
 * Which file the map is in and whether it has unsaved changes, said quietly beside the title:
 * "Home insurance claim.journey · Edited", or "Not saved yet" for a map without a file.
 */
function FileStatus() {
  const fileName = useFileStore((state) => state.fileName);
  const dirty = useIsDirty();
  if (fileName === null && !dirty) return null;
  return (
    <span className="toolbar__file" title={fileName ?? undefined}>
      {fileName !== null && <span className="toolbar__file-name">{fileName}</span>}
      {dirty && <span className="toolbar__dirty">{fileName === null ? 'Not saved yet' : 'Edited'}</span>}
    </span>
  );
}
