import { updateStepDetails, type StepDetailsPatch } from '../../../shared/edit/updateStepDetails';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { useDocumentStore } from '../../store/documentStore';

/** A click's change to a step's method fields (a choice, a tick, a chip): one undo step. */
export function changeStepDetails(stepId: string, patch: StepDetailsPatch): void {
  useDocumentStore.getState().change((map) => updateStepDetails(map, stepId, patch));
}

/** The same change as an edit, for typing (`changeWhileTyping`), which joins keystrokes into one undo step. */
export const stepDetailsEdit =
  (stepId: string, patch: StepDetailsPatch) =>
  (map: JourneyMap): JourneyMap =>
    updateStepDetails(map, stepId, patch);
