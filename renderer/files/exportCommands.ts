import type { AnyCommand, CommandContext } from '../commands/command';
import { exportData, exportImage, exportPdf } from './exportDocument';

/** A map without lanes draws nothing worth a file; one export at a time (a double Ctrl+Shift+E starts one). */
const canExport = ({ map, session }: CommandContext): boolean => map.lanes.length > 0 && !session.exporting;

/** File ▸ Export: the report as a PDF, the map alone as a PNG or an SVG, the PowerPoint deck, its data as a workbook, a CSV or a Mermaid journey, each through the host. */
export const EXPORT_COMMANDS: readonly AnyCommand[] = [
  { id: 'file.exportPdf', label: 'Export PDF…', shortcuts: ['Mod+Shift+E'], whileTyping: true, enabled: canExport, perform: exportPdf },
  { id: 'file.exportPng', label: 'Export PNG…', enabled: canExport, perform: () => exportImage('png') },
  { id: 'file.exportSvg', label: 'Export SVG…', enabled: canExport, perform: () => exportImage('svg') },
  { id: 'file.exportPptx', label: 'Export PowerPoint…', enabled: canExport, perform: () => exportImage('pptx') },
  { id: 'file.exportXlsx', label: 'Export Excel…', enabled: canExport, perform: () => exportData('xlsx') },
  { id: 'file.exportCsv', label: 'Export CSV…', enabled: canExport, perform: () => exportData('csv') },
  { id: 'file.exportMermaid', label: 'Export Mermaid…', enabled: canExport, perform: () => exportData('mmd') },
];
