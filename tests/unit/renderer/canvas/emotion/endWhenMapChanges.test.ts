import { describe, expect, it, vi } from 'vitest';
import { setEmotion } from '../../../../../shared/edit/emotion';
import { endWhenMapChanges } from '../../../../../renderer/canvas/emotion/endWhenMapChanges';
import { openMap } from '../../../../../renderer/files/openFile';
import { useDocumentStore } from '../../../../../renderer/store/documentStore';
import { claimMap } from '../../../shared/edit/editSupport';

describe('endWhenMapChanges', () => {
  it('ends an emotion drag when another map is shown, once, and not before', () => {
    openMap(claimMap());
    const end = vi.fn();
    const stop = endWhenMapChanges(end);
    useDocumentStore.setState({ map: useDocumentStore.getState().map });
    expect(end).not.toHaveBeenCalled();

    openMap({ ...claimMap(), id: 'other', title: 'Another map' });
    expect(end).toHaveBeenCalledTimes(1);
    stop();
    openMap(claimMap());
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('ends it when the map changes under it by an undo', () => {
    openMap(claimMap());
    const stepId = useDocumentStore.getState().map.steps[0]!.id;
    useDocumentStore.getState().change((map) => setEmotion(map, stepId, 2));
    const end = vi.fn();
    const stop = endWhenMapChanges(end);
    useDocumentStore.temporal.getState().undo();
    expect(end).toHaveBeenCalledTimes(1);
    stop();
  });
});
