import { strToU8, zipSync } from 'fflate';
import type { Cell, SheetTable } from './sheetTable';

// The smallest Office Open XML workbook Excel, LibreOffice, Numbers and read-excel-file open: one
// worksheet per table, text as inline strings, the header row bold and frozen. Written here rather
// than with write-excel-file, whose shared-string table is a plain object: a cell reading
// "constructor" or "valueOf" came out as a broken file (found by the round-trip property test).

/** Text as XML content: markup escaped, characters XML 1.0 cannot carry as `_xHHHH_` (and a literal `_xHHHH_` kept literal). */
function xmlText(text: string): string {
  return (
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
  );
}

/** A1-style name of a column, counted from 0: 0 → A, 27 → AB. */
function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** Days since Excel's epoch (1899-12-30) for a date, as Excel stores it. */
const serialDay = (date: Date): number => date.getTime() / 86_400_000 + 25_569;

/** Style ids of styles.xml below: 0 plain, 1 bold (headers), 2 a date. */
const STYLE = { plain: 0, bold: 1, date: 2 } as const;

function cellXml(cell: Cell, reference: string, header: boolean): string {
  if (cell === null || cell === '') return '';
  const style = header ? ` s="${STYLE.bold}"` : '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? `<c r="${reference}"${style}><v>${cell}</v></c>` : '';
  if (typeof cell === 'boolean') return `<c r="${reference}" t="b"${style}><v>${cell ? 1 : 0}</v></c>`;
  if (cell instanceof Date) return `<c r="${reference}" s="${STYLE.date}"><v>${serialDay(cell)}</v></c>`;
  return `<c r="${reference}" t="inlineStr"${style}><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
}

function sheetXml(table: SheetTable): string {
  const widths = (table.rows[0] ?? []).map((header, index) => `<col min="${index + 1}" max="${index + 1}" width="${Math.max(10, String(header ?? '').length + 4)}" customWidth="1"/>`);
  const rows = table.rows.map((row, index) => `<row r="${index + 1}">${row.map((cell, column) => cellXml(cell, `${columnName(column)}${index + 1}`, index === 0)).join('')}</row>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    (widths.length > 0 ? `<cols>${widths.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

const attribute = (text: string): string => xmlText(text).replaceAll('"', '&quot;');

/** The tables as the bytes of an .xlsx file, one worksheet each, named as the tables are (at most 31 characters, as Excel allows). */
export function writeWorkbook(tables: readonly SheetTable[]): Uint8Array {
  const sheets = tables.map((table, index) => ({ name: table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), file: `sheet${index + 1}.xml`, id: index + 1 }));
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets.map((sheet) => `<Override PartName="/xl/worksheets/${sheet.file}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheets.map((sheet) => `<sheet name="${attribute(sheet.name)}" sheetId="${sheet.id}" r:id="rId${sheet.id}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((sheet) => `<Relationship Id="rId${sheet.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${sheet.file}"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
        '</styleSheet>',
    ),
  };
  tables.forEach((table, index) => (files[`xl/worksheets/${sheets[index]!.file}`] = strToU8(sheetXml(table))));
  return zipSync(files, { level: 6 });
}
