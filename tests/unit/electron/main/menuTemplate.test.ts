import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuEntry } from '../../../../electron/main/menuTemplate';
import { COMMANDS } from '../../../../renderer/app/commandList';

// The native menu runs the renderer's commands by id; its accelerators are shown by the OS and
// must be the shortcuts the page's own key handling runs.
const within = (entry: MenuEntry): MenuEntry[] => (entry.kind === 'submenu' ? [entry, ...entry.entries.flatMap(within)] : [entry]);
const entries = [true, false].flatMap((mac) => menuTemplate({ mac, development: true }).flatMap((section) => section.entries.flatMap(within)));
const commandEntries = entries.filter((entry) => entry.kind === 'command');

describe('the native menu', () => {
  it.each(commandEntries.map((entry) => [entry.commandId, entry] as const))('runs %s, a command of the registry', (commandId) => {
    expect(COMMANDS.map((command) => command.id)).toContain(commandId);
  });

  it.each(commandEntries.filter((entry) => entry.accelerator).map((entry) => [entry.commandId, entry.accelerator!] as const))(
    'shows for %s the shortcut the registry binds (%s)',
    (commandId, accelerator) => {
      const command = COMMANDS.find((candidate) => candidate.id === commandId)!;
      expect(command.shortcuts).toContain(accelerator.replace('CmdOrCtrl', 'Mod'));
    },
  );

  it('offers the menus File, Edit, View, Workshop and Help, with recent files under File', () => {
    const sections = menuTemplate({ mac: false, development: false });
    expect(sections.map((section) => section.label)).toEqual(['File', 'Edit', 'View', 'Workshop', 'Help']);
    expect(sections[0]!.entries).toContainEqual({ kind: 'recent', label: 'Open Recent' });
    expect(sections.flatMap((section) => section.entries)).not.toContainEqual({ kind: 'role', role: 'toggleDevTools' });
  });

  it('offers Workshop ▸ Present with F5, the capture bar, the vote’s, the timer’s and the room’s commands', () => {
    const workshop = menuTemplate({ mac: false, development: false }).find((section) => section.label === 'Workshop')!;
    const commands = workshop.entries.flatMap((entry) => (entry.kind === 'command' ? [entry.commandId] : []));
    expect(commands).toEqual([
      'view.present',
      'capture.open',
      'vote.start',
      'vote.castDot',
      'vote.takeBackDot',
      'vote.nextPerson',
      'vote.reveal',
      'timer.start',
      'timer.pause',
      'timer.addMinute',
      'timer.stop',
      'room.open',
      'room.show',
      'room.close',
    ]);
    expect(workshop.entries).toContainEqual({ kind: 'command', label: 'Show Room Code', commandId: 'room.show', accelerator: 'CmdOrCtrl+Shift+J' });
    expect(workshop.entries[0]).toEqual({ kind: 'command', label: 'Present', commandId: 'view.present', accelerator: 'F5' });
  });

  it('offers File ▸ Export ▸ PDF…, PNG…, SVG…, PowerPoint…, Excel…, CSV… and Mermaid…, with the PDF’s shortcut', () => {
    const file = menuTemplate({ mac: false, development: false })[0]!;
    const exports = file.entries.find((entry) => entry.kind === 'submenu' && entry.label === 'Export');
    expect(exports).toEqual({
      kind: 'submenu',
      label: 'Export',
      entries: [
        { kind: 'command', label: 'PDF…', commandId: 'file.exportPdf', accelerator: 'CmdOrCtrl+Shift+E' },
        { kind: 'command', label: 'PNG…', commandId: 'file.exportPng' },
        { kind: 'command', label: 'SVG…', commandId: 'file.exportSvg' },
        { kind: 'command', label: 'PowerPoint…', commandId: 'file.exportPptx' },
        { kind: 'command', label: 'Excel…', commandId: 'file.exportXlsx' },
        { kind: 'command', label: 'CSV…', commandId: 'file.exportCsv' },
        { kind: 'command', label: 'Mermaid…', commandId: 'file.exportMermaid' },
      ],
    });
  });

  it('offers a round of dot voting under Workshop, from its start to its reveal, with no plain key as an accelerator', () => {
    const workshop = menuTemplate({ mac: false, development: false }).find((section) => section.label === 'Workshop')!;
    const votes = workshop.entries.filter((entry) => entry.kind === 'command' && entry.commandId.startsWith('vote.'));
    expect(votes.map((entry) => entry.kind === 'command' && [entry.commandId, entry.accelerator])).toEqual([
      ['vote.start', 'CmdOrCtrl+Shift+V'],
      ['vote.castDot', undefined],
      ['vote.takeBackDot', undefined],
      ['vote.nextPerson', 'CmdOrCtrl+Enter'],
      ['vote.reveal', 'CmdOrCtrl+Shift+Enter'],
    ]);
  });
});
