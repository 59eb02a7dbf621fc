import { beforeEach, describe, expect, it } from 'vitest';
import { updateStep } from '../../../../shared/edit/steps';
import { documentName, isDirty, markSaved, useFileStore } from '../../../../renderer/files/fileState';
import { openMap } from '../../../../renderer/files/openFile';
import { documentHistory, useDocumentStore } from '../../../../renderer/store/documentStore';
import { claimMap } from '../../shared/edit/editSupport';

const rename = (title: string): void => useDocumentStore.getState().change((map) => updateStep(map, 's1', { title }));
const map = () => useDocumentStore.getState().map;

beforeEach(() => openMap(claimMap(), { handle: 'h1', fileName: 'claim.journey' }));

describe('the document file state', () => {
  it('is clean as opened, and dirty after a change', () => {
    expect(isDirty()).toBe(false);
    rename('Storm');
    expect(isDirty()).toBe(true);
  });

  it('is clean again when undo walks back to the map as opened, and dirty on redo', () => {
    rename('Storm');
    rename('Storm!');
    documentHistory.undo();
    expect(isDirty()).toBe(true);
    documentHistory.undo();
    expect(isDirty()).toBe(false);
    documentHistory.redo();
    expect(isDirty()).toBe(true);
  });

  it('is clean after a save, and clean again when undo and redo come back to the saved map', () => {
    rename('Storm');
    markSaved(map(), 'h1', 'claim.journey');
    expect(isDirty()).toBe(false);
    documentHistory.undo();
    expect(isDirty()).toBe(true);
    documentHistory.redo();
    expect(isDirty()).toBe(false);
  });

  it('stays dirty when the map changed while it was being saved', () => {
    rename('Storm');
    const saving = map();
    rename('Storm!');
    markSaved(saving, 'h1', 'claim.journey');
    expect(isDirty()).toBe(true);
  });

  it('gives every document shown a new id, untitled unless it came from a file', () => {
    const first = useFileStore.getState().documentId;
    openMap(claimMap());
    expect(useFileStore.getState()).toMatchObject({ handle: null, fileName: null });
    expect(useFileStore.getState().documentId).not.toBe(first);
    expect(useFileStore.getState().documentId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('keeps a restored document dirty, with its id, until it is saved', () => {
    openMap(claimMap(), { handle: null, fileName: null, documentId: 'restored', dirty: true });
    expect(useFileStore.getState().documentId).toBe('restored');
    expect(isDirty()).toBe(true);
    markSaved(map(), 'h2', 'Map.journey');
    expect(isDirty()).toBe(false);
  });

  it('names the document by its file, else its title, else Untitled map', () => {
    expect(documentName()).toBe('claim.journey');
    openMap({ ...claimMap(), title: '  Claims ' });
    expect(documentName()).toBe('Claims');
    openMap({ ...claimMap(), title: '' });
    expect(documentName()).toBe('Untitled map');
  });
});
