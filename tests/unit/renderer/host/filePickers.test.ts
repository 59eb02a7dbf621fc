import { describe, expect, it } from 'vitest';
import { UPLOAD_ACCEPT } from '../../../../renderer/host/downloadGateway';
import { fsaGateway, type FileSystemAccessWindow, type PickerType } from '../../../../renderer/host/fsaGateway';
import { acceptedExtensions, acceptedMediaTypes, openDialogFilters } from '../../../../shared/format/importers';

// The browser edition's two ways to open a file offer the types the importers read.

describe('the browser’s file pickers', () => {
  it('offer the File System Access picker every type the importers read, together first', async () => {
    const asked: (readonly PickerType[])[] = [];
    const scope: FileSystemAccessWindow = {
      showOpenFilePicker: async ({ types }) => {
        asked.push(types);
        throw new DOMException('closed', 'AbortError');
      },
      showSaveFilePicker: () => Promise.reject(new Error('not asked')),
    };
    expect(await fsaGateway(scope).pickToOpen()).toBeNull();
    expect(asked).toEqual([openDialogFilters().map((filter) => ({ description: filter.name, accept: filter.accept }))]);
    expect(asked[0]![0]).toEqual({ description: 'All files Outside-In opens', accept: expect.objectContaining({ 'application/json': ['.journey'], 'application/pdf': ['.pdf'] }) });
  });

  it('let the upload chooser take every extension and media type the importers read', () => {
    expect(UPLOAD_ACCEPT.split(',')).toEqual([...acceptedExtensions(), ...acceptedMediaTypes()]);
    expect(UPLOAD_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.journey', '.pdf', 'application/json', 'application/pdf']));
  });
});
