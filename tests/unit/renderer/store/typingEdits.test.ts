import { beforeEach, describe, expect, it } from 'vitest';
import { changeWhileTyping, endTyping } from '../../../../renderer/store/typingEdits';
import { documentHistory, useDocumentStore } from '../../../../renderer/store/documentStore';
import { addOpportunity, updateOpportunity } from '../../../../shared/edit/opportunities';
import { setEmotion } from '../../../../shared/edit/emotion';
import { claimMap } from '../../shared/edit/editSupport';

describe('changeWhileTyping', () => {
  let opportunityId = '';
  beforeEach(() => {
    endTyping();
    const added = addOpportunity(claimMap(), { kind: 'gap', stepId: 's1' });
    opportunityId = added.opportunityId;
    useDocumentStore.getState().replace(added.map);
  });

  it('gives a field visit whose first keystroke changes nothing (a leading space) an undo step of its own', () => {
    useDocumentStore.getState().change((map) => setEmotion(map, 's2', -1));
    const emotionSet = useDocumentStore.getState().map;
    // A blank owner is no owner: the first keystroke leaves the map as it was.
    changeWhileTyping(`${opportunityId}.owner`, (map) => updateOpportunity(map, opportunityId, { owner: ' ' }));
    expect(useDocumentStore.getState().map).toBe(emotionSet);
    changeWhileTyping(`${opportunityId}.owner`, (map) => updateOpportunity(map, opportunityId, { owner: ' A' }));
    endTyping();
    expect(useDocumentStore.getState().map.opportunities?.[0]?.owner).toBe(' A');

    documentHistory.undo();
    // Only the owner is taken back; the emotion set before stays.
    expect(useDocumentStore.getState().map).toBe(emotionSet);
  });

  it('still joins the keystrokes of one visit into one undo step', () => {
    const before = useDocumentStore.getState().map;
    for (const owner of ['A', 'An', 'Ann']) changeWhileTyping(`${opportunityId}.owner`, (map) => updateOpportunity(map, opportunityId, { owner }));
    endTyping();
    documentHistory.undo();
    expect(useDocumentStore.getState().map).toBe(before);
  });
});
