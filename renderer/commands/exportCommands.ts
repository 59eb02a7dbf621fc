import { exportImage, exportPdf } from '../files/exportCommands';
import { useDocumentStore } from '../store/documentStore';
import type { Command } from './command';

/** A map without lanes draws nothing worth a file. */
const hasLanes = (): boolean => useDocumentStore.getState().map.lanes.length > 0;

/** File ▸ Export: the report as a PDF, the map alone as a PNG or an SVG, each through the host. */
export const EXPORT_COMMANDS: readonly Command[] = [
  { id: 'file.exportPdf', label: 'Export PDF…', shortcuts: ['Mod+Shift+E'], whileTyping: true, enabled: hasLanes, run: () => void exportPdf() },
  { id: 'file.exportPng', label: 'Export PNG…', enabled: hasLanes, run: () => void exportImage('png') },
  { id: 'file.exportSvg', label: 'Export SVG…', enabled: hasLanes, run: () => void exportImage('svg') },
];
