import { CARD_TITLE_TEXT } from '../layout/cardStyle';
import type { TextStyle } from '../style/textStyle';

/**
 * The frame every slide is designed in. A slide is scaled as a whole to the largest 16:9 frame the
 * screen holds, so these pixels are CSS pixels at 1280 × 720 and half as big again at 1920 × 1080.
 */
export const SLIDE_FRAME = { width: 1280, height: 720 } as const;

/** The type of a slide, in frame pixels: read from the back of the room. */
export const SLIDE_TEXT = {
  /** A card's title at twice its size on the canvas at 100 %. */
  cardTitle: { ...CARD_TITLE_TEXT, size: CARD_TITLE_TEXT.size * 2 },
  heading: { size: 44, weight: 600 },
  subheading: { size: 22, weight: 400 },
  laneTitle: { size: 22, weight: 600 },
  laneDetail: { size: 18, weight: 400 },
  gapLabel: { size: 20, weight: 600 },
  /** The summary's entries. */
  body: { size: 20, weight: 400 },
  /** The overview's step titles: ten steps side by side still read from the back of the room. */
  overviewStep: { size: 18, weight: 400 },
  sectionTitle: { size: 24, weight: 600 },
  footer: { size: 18, weight: 400 },
  timer: { size: 26, weight: 600 },
} as const satisfies Record<string, TextStyle>;

/** How many lines of a card's title a slide shows before it ends the title with an ellipsis. */
export const SLIDE_CARD_LINES = 4;

/** Next and previous slide in, in milliseconds: quick enough that a clicker never waits on it. */
export const SLIDE_TRANSITION_MS = 220;
