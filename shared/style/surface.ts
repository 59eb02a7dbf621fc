/**
 * Where the map is painted: `screen` is the editing canvas, seen at any zoom on a projector;
 * `print` is paper and its stand-ins (the report, the exported SVG and PNG), whose smallest text
 * must still read at 7 pt once the map is scaled down to fit a page.
 */
export type Surface = 'screen' | 'print';
