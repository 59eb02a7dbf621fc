import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../shared/host/exportFileName';

describe('exportFileName', () => {
  it('names an export after the map’s title or file, with the format’s one extension', () => {
    expect(exportFileName('Home insurance claim', 'pdf')).toBe('Home insurance claim.pdf');
    expect(exportFileName('home-insurance-claim.journey', 'png')).toBe('home-insurance-claim.png');
    expect(exportFileName('claim.svg', 'svg')).toBe('claim.svg');
    expect(exportFileName('claim.PDF', 'pdf')).toBe('claim.pdf');
  });

  it('makes the name safe for any file system, as saving does', () => {
    expect(exportFileName('Claims: Q3 / draft?', 'pdf')).toBe('Claims Q3 draft.pdf');
    expect(exportFileName('', 'svg')).toBe('Untitled map.svg');
  });
});
