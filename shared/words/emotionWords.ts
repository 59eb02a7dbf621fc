/** The emotions in words, from −2 to +2, as the inspector names its faces. */
export const EMOTION_WORDS: Readonly<Record<number, string>> = { [-2]: 'Very negative', [-1]: 'Negative', 0: 'Neutral', 1: 'Positive', 2: 'Very positive' };

/** An emotion as a signed figure with a true minus: `+2`, `0`, `−1`, on the curves, in the inspector and in the report. */
export function emotionLabel(emotion: number): string {
  return emotion > 0 ? `+${emotion}` : emotion < 0 ? `\u2212${-emotion}` : '0';
}

/** How a customer feels at a negative emotion, as a sentence says it: "distressed" (−2), "unhappy" (−1). */
export function feelingWord(emotion: number): string {
  return emotion <= -2 ? 'distressed' : emotion < 0 ? 'unhappy' : emotion === 0 ? 'neutral' : emotion === 1 ? 'pleased' : 'delighted';
}
