import { describe, expect, it } from 'vitest';
import { chooseDroppedFile, openMap, readDroppedFile } from '../../../../renderer/files/openFile';
import { useSessionStore } from '../../../../renderer/store/sessionStore';
import { claimMap } from '../../shared/edit/editSupport';

describe('openMap', () => {
  it('closes the persona and the opportunity open in the sidebar, whose ids belonged to the map shown before', () => {
    openMap(claimMap(), { handle: 'h1', fileName: 'claim.journey' });
    useSessionStore.getState().openPersona('persona-1');
    useSessionStore.getState().openOpportunity('opportunity-1');

    openMap({ ...claimMap(), id: 'other', title: 'Another map' });

    expect(useSessionStore.getState()).toMatchObject({ openPersonaId: null, openOpportunityId: null });
  });
});

describe('a dropped file', () => {
  const file = (name: string, text = ''): File => new File([text], name);

  it('is the first of the files dropped together that Outside-In opens', () => {
    const notes = file('notes.txt');
    const map = file('claim.JOURNEY');
    expect(chooseDroppedFile([notes, map, file('report.pdf')])).toBe(map);
  });

  it('is the first when none is of a type Outside-In opens, so what is wrong is said', () => {
    const notes = file('notes.txt');
    expect(chooseDroppedFile([notes, file('photo.png')])).toBe(notes);
    expect(chooseDroppedFile([])).toBeUndefined();
  });

  it('is read by the importer that knows it, and says when it could not be read at all', async () => {
    const read = await readDroppedFile(file('claim.journey', JSON.stringify({ format: 'outside-in.journey', version: 1, map: claimMap() })));
    expect(read.ok && read.importer.id).toBe('journey');
    const unreadable = file('gone.journey');
    unreadable.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    expect(await readDroppedFile(unreadable)).toEqual({ ok: false, importer: null, problems: [{ path: '$', message: 'The file could not be read from disk.' }] });
  });
});
