import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { create } from 'zustand';
import type { CommandId } from '../../shared/commands/commandIds';
import type { AnyCommand } from '../commands/command';
import { commandContext, dispatch } from '../commands/dispatch';
import { commandById } from '../commands/registry';
import { ariaShortcut, displayShortcut } from '../commands/shortcuts';
import { useCommandEnabled } from '../commands/useCommandEnabled';

interface OpenMenu {
  /** Page coordinates of the menu's top-left corner (moved inward if it would leave the window). */
  readonly x: number;
  readonly y: number;
  readonly commandIds: readonly CommandId[];
  /** Names the menu for screen readers. */
  readonly label: string;
  /** Where focus returns when the menu closes: what had it when the menu opened. */
  readonly returnFocus: HTMLElement | null;
}

const useContextMenu = create<{ menu: OpenMenu | null }>()(() => ({ menu: null }));

/** Optional details of a menu: its name for screen readers. */
export interface ContextMenuOptions {
  readonly label?: string;
}

/**
 * Opens the menu of these commands at a page point (the canvas calls this on right-click, the
 * toolbar for its drop-down).
 */
export function openContextMenu(position: { x: number; y: number }, commandIds: readonly CommandId[], options: ContextMenuOptions = {}): void {
  const active = document.activeElement;
  useContextMenu.setState({
    menu: {
      x: position.x,
      y: position.y,
      commandIds,
      label: options.label ?? 'Actions',
      returnFocus: active instanceof HTMLElement && active !== document.body ? active : null,
    },
  });
}

/** Whether the menu of this label is open now (a drop-down button says so with aria-expanded). */
export function useContextMenuOpen(label: string): boolean {
  return useContextMenu((state) => state.menu?.label === label);
}

function closeContextMenu(restoreFocus: boolean): void {
  const { menu } = useContextMenu.getState();
  if (!menu) return;
  useContextMenu.setState({ menu: null });
  if (restoreFocus && menu.returnFocus?.isConnected) menu.returnFocus.focus();
}

const MARGIN = 8;
/** The menu's items: commands, and on/off commands as checkbox items. */
const ITEM = ':is([role="menuitem"], [role="menuitemcheckbox"])';

/** The context menu: a DOM menu of commands, with their shortcuts, run through the registry. */
export function ContextMenu() {
  const menu = useContextMenu((state) => state.menu);
  if (!menu) return null;
  const commands = menu.commandIds.map(commandById);
  return <MenuList menu={menu} commands={commands} />;
}

function MenuList({ menu, commands }: { readonly menu: OpenMenu; readonly commands: readonly AnyCommand[] }) {
  const element = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  // Measured before paint, so the menu never shows half outside the window and then jumps.
  useLayoutEffect(() => {
    const box = element.current?.getBoundingClientRect();
    if (!box) return;
    const left = Math.max(MARGIN, Math.min(menu.x - window.scrollX, window.innerWidth - box.width - MARGIN));
    const top = Math.max(MARGIN, Math.min(menu.y - window.scrollY, window.innerHeight - box.height - MARGIN));
    setPlace({ left, top });
  }, [menu]);

  // Once placed (a hidden menu cannot take focus), the first item that can run gets focus.
  const placed = place !== null;
  useLayoutEffect(() => {
    if (!placed) return;
    const first = element.current?.querySelector<HTMLElement>(`${ITEM}:not([aria-disabled="true"])`) ?? element.current?.querySelector<HTMLElement>(ITEM);
    first?.focus();
  }, [placed, menu]);

  useLayoutEffect(() => {
    const outside = (event: Event): void => {
      if (!(event.target instanceof Node) || !element.current?.contains(event.target)) closeContextMenu(false);
    };
    const away = (): void => closeContextMenu(false);
    // A scroll leaves the menu off its place only when it moves what the menu came from (the
    // canvas under its context menu, or the page): the editor scrolling itself, as it does after a
    // presentation, must not close a toolbar's menu the person has just opened.
    const scrolled = (event: Event): void => {
      const origin = useContextMenu.getState().menu?.returnFocus;
      if (event.target instanceof Element && origin && !event.target.contains(origin)) return;
      away();
    };
    window.addEventListener('pointerdown', outside, true);
    window.addEventListener('scroll', scrolled, true);
    window.addEventListener('wheel', away, true);
    window.addEventListener('resize', away);
    window.addEventListener('blur', away);
    return () => {
      window.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('scroll', scrolled, true);
      window.removeEventListener('wheel', away, true);
      window.removeEventListener('resize', away);
      window.removeEventListener('blur', away);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const items = [...(element.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number): void => items[(next + items.length) % items.length]?.focus();
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
        closeContextMenu(true);
        break;
      case 'Tab':
        closeContextMenu(true);
        break;
      default:
        handled = false;
    }
    // The menu's keys are its own: the window's shortcuts (Escape, arrows) must not act as well.
    event.stopPropagation();
    if (handled) event.preventDefault();
  };

  return (
    <div
      ref={element}
      role="menu"
      aria-label={menu.label}
      className="context-menu"
      style={place ? { left: place.left, top: place.top } : { left: menu.x, top: menu.y, visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {commands.map((command) => (
        <MenuItem key={command.id} command={command} />
      ))}
    </div>
  );
}

function MenuItem({ command }: { readonly command: AnyCommand }) {
  const enabled = useCommandEnabled(command.id);
  // Read when the menu opens; the menu closes on every choice, so it cannot go stale.
  const checked = command.checked?.(commandContext());
  const shortcut = command.shortcuts?.[0];
  const run = (): void => {
    if (!enabled) return;
    closeContextMenu(true);
    dispatch(command.id);
  };
  return (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
      aria-checked={checked}
      tabIndex={-1}
      className="context-menu__item"
      aria-disabled={!enabled}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
      onClick={run}
    >
      <span className="context-menu__label">{command.label}</span>
      {shortcut && <kbd className="context-menu__shortcut">{displayShortcut(shortcut)}</kbd>}
      {checked && (
        <span className="context-menu__shortcut" aria-hidden="true">
          ✓
        </span>
      )}
    </button>
  );
}
