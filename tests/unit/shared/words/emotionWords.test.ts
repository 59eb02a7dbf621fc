import { describe, expect, it } from 'vitest';
import { EMOTION_MAX, EMOTION_MIN } from '../../../../shared/model/stepDetails';
import { EMOTION_WORDS, emotionLabel } from '../../../../shared/words/emotionWords';

describe('emotion words', () => {
  it('name every emotion a step can have, each differently', () => {
    const emotions = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, index) => EMOTION_MIN + index);
    const words = emotions.map((emotion) => EMOTION_WORDS[emotion]);
    expect(words).toEqual(['Very negative', 'Negative', 'Neutral', 'Positive', 'Very positive']);
  });

  it('write the figure with its sign, a true minus for negative ones', () => {
    expect([-2, -1, 0, 1, 2].map(emotionLabel)).toEqual(['\u22122', '\u22121', '0', '+1', '+2']);
  });
});
