import { describe, expect, it } from 'vitest';
import { openMap } from '../../../../renderer/files/openFile';
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
