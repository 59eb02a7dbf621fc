import { useId } from 'react';
import { setEmotionCurveShown } from '../../../shared/edit/emotion';
import type { Lane } from '../../../shared/model/journeyMap';
import { useDocumentStore } from '../../store/documentStore';

/** The journey lane's "Show emotion curve" checkbox, for the inspector's lane section. */
export function EmotionCurveToggle({ lane }: { readonly lane: Lane }) {
  const hintId = useId();
  return (
    <div className="field">
      <label className="check">
        <input
          type="checkbox"
          checked={lane.showEmotionCurve === true}
          aria-describedby={hintId}
          onChange={(event) => {
            const shown = event.target.checked;
            useDocumentStore.getState().change((map) => setEmotionCurveShown(map, lane.id, shown));
          }}
        />
        Show emotion curve
      </label>
      <p id={hintId} className="field__hint">
        A band under the lane plots each step’s emotion from −2 to +2; drag a point to set it.
      </p>
    </div>
  );
}
