import { describe, expect, it } from 'vitest';
import { OPEN_FILTERS, SAVE_FILTERS } from '../../../../electron/main/fileDialogFilters';
import { openDialogFilters } from '../../../../shared/format/importers';

describe('the desktop file dialogs', () => {
  it('offer every type the importers read, in the extensions Electron takes (no dot)', () => {
    expect(OPEN_FILTERS).toEqual(openDialogFilters().map((filter) => ({ name: filter.name, extensions: filter.extensions.map((extension) => extension.slice(1)) })));
    expect(OPEN_FILTERS[0]).toEqual({ name: 'All files Outside-In opens', extensions: expect.arrayContaining(['journey', 'pdf']) });
    expect(OPEN_FILTERS).toContainEqual({ name: 'Outside-In PDF report', extensions: ['pdf'] });
  });

  it('save a map only as a .journey file', () => {
    expect(SAVE_FILTERS).toEqual([{ name: 'Journey maps', extensions: ['journey'] }]);
  });
});
