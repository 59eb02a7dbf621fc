import { describe, expect, it } from 'vitest';
import { cssString, pageStyle } from '../../../../renderer/report/pageStyle';

describe('pageStyle', () => {
  it('sets the sheet from the options, landscape A4 by default and A3 or portrait on request', () => {
    expect(pageStyle({ page: 'A4', orientation: 'landscape' }, 'Map')).toContain('size: A4 landscape;');
    expect(pageStyle({ page: 'A3', orientation: 'portrait' }, 'Map')).toContain('size: A3 portrait;');
    expect(pageStyle({ page: 'A3', orientation: 'landscape' }, 'Map')).toContain('--sheet-width: 420mm;');
  });

  it('uses the page margins of the page geometry and puts the title and page numbers in the footer', () => {
    const css = pageStyle({ page: 'A4', orientation: 'landscape' }, 'Home insurance claim');
    expect(css).toContain('margin: 12mm 12mm 16mm 12mm;');
    expect(css).toContain('@bottom-left { content: "Home insurance claim";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });
});

describe('cssString', () => {
  it('keeps a title with quotes, backslashes and line breaks inside one CSS string', () => {
    expect(cssString('The "best" map\\\nv2')).toBe('"The \\"best\\" map\\\\ v2"');
  });
});
