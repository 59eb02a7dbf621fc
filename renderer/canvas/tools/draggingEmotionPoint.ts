import { setEmotion } from '../../../shared/edit/emotion';
import { emotionAtY, emotionY } from '../../../shared/layout/emotionCurve';
import type { EmotionCurveLayout, EmotionPoint } from '../../../shared/layout/mapLayout';
import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/model/stepDetails';
import { commit } from '../../commands/dispatch';
import { useDocumentStore } from '../../store/documentStore';
import { useEmotionDragStore } from '../emotion/emotionDragStore';
import type { ToolState } from './toolState';

/**
 * Dragging a point of an emotion curve up and down within its band's −2…+2: only the band listens
 * while it moves; the emotion is set once, on release, as a whole value (one undo step).
 */
export function draggingEmotionPoint(curve: EmotionCurveLayout, point: EmotionPoint, pressedAtY: number): ToolState {
  const { band, laneId } = curve;
  const { stepId } = point;
  // Where on the point it was grabbed, so it does not jump to the pointer.
  const grip = point.y - pressedAtY;
  let emotion = point.emotion ?? 0;
  const rest = (): void => useEmotionDragStore.setState({ drag: null });
  return {
    cursor: 'ns-resize',
    move: ({ at }) => {
      const y = Math.max(emotionY(band, EMOTION_MAX), Math.min(emotionY(band, EMOTION_MIN), at.y + grip));
      emotion = emotionAtY(band, y);
      useEmotionDragStore.setState({ drag: { laneId, stepId, y, emotion } });
    },
    drop: (_input, moved) => {
      rest();
      if (moved) commit({ map: setEmotion(useDocumentStore.getState().map, stepId, emotion) });
    },
    cancel: rest,
  };
}
