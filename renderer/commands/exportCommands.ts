import { exportImage, exportPdf } from '../files/exportCommands';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import type { Command } from './command';

/** A map without lanes draws nothing worth a file; one export at a time (a double Ctrl+Shift+E starts one). */
const canExport = (): boolean => useDocumentStore.getState().map.lanes.length > 0 && !useSessionStore.getState().exporting;

/** File ▸ Export: the report as a PDF, the map alone as a PNG or an SVG, each through the host. */
export const EXPORT_COMMANDS: readonly Command[] = [
  { id: 'file.exportPdf', label: 'Export PDF…', shortcuts: ['Mod+Shift+E'], whileTyping: true, enabled: canExport, run: () => void exportPdf() },
  { id: 'file.exportPng', label: 'Export PNG…', enabled: canExport, run: () => void exportImage('png') },
  { id: 'file.exportSvg', label: 'Export SVG…', enabled: canExport, run: () => void exportImage('svg') },
];
