import { describe, expect, it } from 'vitest';
import { exportFileName, isDataExport } from '../../../../shared/host/exportFileName';

describe('exportFileName', () => {
  it('names an export after the map’s title or file, with the format’s one extension', () => {
    expect(exportFileName('Home insurance claim', 'pdf')).toBe('Home insurance claim.pdf');
    expect(exportFileName('home-insurance-claim.journey', 'png')).toBe('home-insurance-claim.png');
    expect(exportFileName('claim.svg', 'svg')).toBe('claim.svg');
    expect(exportFileName('claim.PDF', 'pdf')).toBe('claim.pdf');
    expect(exportFileName('claim.journey', 'xlsx')).toBe('claim.xlsx');
    expect(exportFileName('claim.csv', 'csv')).toBe('claim.csv');
    expect(exportFileName('Roof claim.xlsx', 'mmd')).toBe('Roof claim.mmd');
  });

  it('tells the map’s data for other tools from its report and pictures', () => {
    expect((['pdf', 'png', 'svg', 'xlsx', 'csv', 'mmd'] as const).filter(isDataExport)).toEqual(['xlsx', 'csv', 'mmd']);
  });

  it('makes the name safe for any file system, as saving does', () => {
    expect(exportFileName('Claims: Q3 / draft?', 'pdf')).toBe('Claims Q3 draft.pdf');
    expect(exportFileName('', 'svg')).toBe('Untitled map.svg');
  });
});
