import { setEmotionCurveShown } from '../../../shared/edit/emotion';
import type { Lane } from '../../../shared/model/journeyMap';
import { CheckField } from '../../widgets/CheckField';
import { useDocumentStore } from '../../store/documentStore';

/** The journey lane's "Show emotion curve" checkbox, for the inspector's lane section. */
export function EmotionCurveToggle({ lane }: { readonly lane: Lane }) {
  return (
    <CheckField
      label="Show emotion curve"
      hint="A band under the lane plots each step’s emotion from −2 to +2; drag a point to set it."
      checked={lane.showEmotionCurve === true}
      onChange={(shown) => useDocumentStore.getState().change((map) => setEmotionCurveShown(map, lane.id, shown))}
    />
  );
}
