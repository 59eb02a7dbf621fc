import { useDocumentStore } from '../../store/documentStore';

/**
 * Calls `end` once the document's map is no longer the one shown now (another map opened, an undo):
 * a gesture picked up on one map must not land on another. Returns the stop of the watch.
 */
export function endWhenMapChanges(end: () => void): () => void {
  const startedOn = useDocumentStore.getState().map;
  return useDocumentStore.subscribe((state) => {
    if (state.map !== startedOn) end();
  });
}
