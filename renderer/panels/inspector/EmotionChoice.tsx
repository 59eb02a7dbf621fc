import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/model/stepDetails';
import { EMOTION_WORDS, emotionLabel } from '../../../shared/words/emotionWords';
import { SegmentedChoice, type SegmentedOption } from './SegmentedChoice';

const NOT_RECORDED = 'Not recorded';

const OPTIONS: readonly SegmentedOption<number | null>[] = [
  { value: null, name: NOT_RECORDED },
  ...Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, index) => {
    const emotion = EMOTION_MIN + index;
    return { value: emotion, name: EMOTION_WORDS[emotion]!, face: <EmotionFace emotion={emotion} /> };
  }),
];

/** How the customer feels at a step: not recorded, or one of five faces from very negative to very positive. */
export function EmotionChoice({ emotion, onChange }: { readonly emotion: number | undefined; readonly onChange: (emotion: number | null) => void }) {
  const value = emotion ?? null;
  const caption = value === null ? 'Drag a point of the emotion curve, or pick a face.' : `${EMOTION_WORDS[value] ?? ''} (${emotionLabel(value)})`;
  return <SegmentedChoice legend="Emotion" options={OPTIONS} value={value} onChange={onChange} caption={caption} />;
}

/** A line-drawn face whose mouth bends with the emotion: a frown at −2, straight at 0, a broad smile at +2. */
function EmotionFace({ emotion }: { readonly emotion: number }) {
  const corners = 13.6 - emotion * 0.3;
  // The bend grows faster than the emotion, so −1 and −2 (and +1 and +2) tell apart at 18 px.
  const middle = corners + Math.sign(emotion) * (Math.abs(emotion) === 2 ? 3.8 : 1.2);
  return (
    <svg className="emotion-face" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="10" cy="10" r="8.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <circle cx="7.2" cy="8" r="1.1" fill="currentColor" />
      <circle cx="12.8" cy="8" r="1.1" fill="currentColor" />
      <path d={`M6.3 ${corners} Q10 ${middle} 13.7 ${corners}`} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  );
}
