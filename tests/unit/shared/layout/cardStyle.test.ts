import { describe, expect, it } from 'vitest';
import { CARD_TAG_SIZE, cardStyle, type CardInput, type CardStyle, type CardTag } from '../../../../shared/layout/cardStyle';
import { KIND_ACCENT, PALETTE } from '../../../../shared/style/palette';
import type { Surface } from '../../../../shared/style/surface';
import type { MeasureStyledText } from '../../../../shared/style/textStyle';

// Every character as wide as half its font size: enough to see tags grow with their words and their text.
const measure: MeasureStyledText = (text, style) => text.length * style.size * 0.5;

const BOX: CardInput['box'] = { width: 152, height: 72, title: 'Calls the insurer', laneKind: 'journey' };

function styleOf(input: Partial<CardInput> = {}, surface: Surface = 'screen'): CardStyle {
  return cardStyle({ box: BOX, step: {}, mark: undefined, selected: false, ...input }, surface, measure);
}

const words = (style: CardStyle): string[] => style.tags.map((tag) => tag.words);
const tagOf = (style: CardStyle, text: string): CardTag => style.tags.find((tag) => tag.words === text)!;

describe('cardStyle', () => {
  it('paints a plain step as a white card with a thin solid grey outline, its lane kind on the left edge, its title inside, and no marks', () => {
    const style = styleOf();
    expect(style.outline).toMatchObject({ width: 152, height: 72, fill: PALETTE.cardFill, stroke: PALETTE.cardStroke, strokeWidth: 1, dash: null, shadow: null });
    expect(style.accent).toMatchObject({ fill: KIND_ACCENT.journey, opacity: 1, height: 72 });
    expect(styleOf({ box: { ...BOX, laneKind: 'process' } }).accent.fill).toBe(KIND_ACCENT.process);
    expect(style.title).toMatchObject({ text: 'Calls the insurer', fill: PALETTE.ink });
    expect(style.title.style.italic).toBeFalsy();
    expect(style.moment).toBeNull();
    expect(style.tags).toEqual([]);
    expect(style.dots).toBeNull();
  });

  it('keeps the title right of the accent and inside the card, with room for whole lines only', () => {
    const { title, accent } = styleOf();
    expect(title.x).toBeGreaterThan(accent.width);
    expect(title.x + title.width).toBeLessThan(BOX.width);
    expect(title.y + title.height).toBeLessThan(BOX.height);
    expect(title.maxLines).toBe(Math.floor(title.height / (title.style.size * title.lineHeight)));
    expect(title.maxLines).toBeGreaterThanOrEqual(2);
  });

  it('writes "Untitled step" in faint italics for a step without a title', () => {
    for (const untitled of ['', '   ']) {
      const { title } = styleOf({ box: { ...BOX, title: untitled } });
      expect(title).toMatchObject({ text: 'Untitled step', fill: PALETTE.faintInk });
      expect(title.style.italic).toBe(true);
    }
  });

  it('marks a touchpoint with a green TOUCHPOINT tag and a dot, straddling the top edge near the right corner', () => {
    const style = styleOf({ mark: 'touchpoint' });
    expect(words(style)).toEqual(['TOUCHPOINT']);
    const tag = tagOf(style, 'TOUCHPOINT');
    expect(tag.stroke).toBe(PALETTE.covered);
    expect(tag.text.fill).toBe(PALETTE.covered);
    expect(tag.dot).toMatchObject({ fill: PALETTE.covered, y: 0 });
    expect(tag.y + tag.height / 2).toBe(0);
    expect(tag.x + tag.width).toBeLessThan(BOX.width);
    expect(tag.x).toBeGreaterThan(0);
    // The words come after the dot, inside the pill.
    expect(tag.text.x).toBeGreaterThan(tag.dot!.x + tag.dot!.radius);
    expect(tag.text.x + measure('TOUCHPOINT', tag.text.style)).toBeLessThanOrEqual(tag.x + tag.width);
    // The outline stays as it was: being met is not a matter of the outline.
    expect(style.outline.stroke).toBe(PALETTE.cardStroke);
  });

  it('marks inside-out work with an INSIDE-OUT tag without a dot, a dashed plum outline and a faded accent', () => {
    const style = styleOf({ box: { ...BOX, laneKind: 'process' }, mark: 'unanchored' });
    expect(words(style)).toEqual(['INSIDE-OUT']);
    expect(tagOf(style, 'INSIDE-OUT')).toMatchObject({ stroke: PALETTE.unanchored, dot: null });
    expect(style.outline).toMatchObject({ stroke: PALETTE.unanchored, dash: [5, 4], strokeWidth: 1.5 });
    expect(style.accent.opacity).toBeLessThan(1);
  });

  it('puts a star on the top edge of a moment that matters, and none elsewhere', () => {
    const { moment } = styleOf({ step: { momentThatMatters: true } });
    expect(moment).not.toBeNull();
    expect(moment).toMatchObject({ y: 0, points: 5, fill: PALETTE.ink });
    expect(moment!.innerRadius).toBeLessThan(moment!.outerRadius);
    // On a disc wider than the star, so the star stands clear of the outline.
    expect(moment!.disc.radius).toBeGreaterThan(moment!.outerRadius);
    expect(moment!.x).toBeGreaterThan(styleOf().accent.width);
    expect(styleOf({ step: { momentThatMatters: false } }).moment).toBeNull();
  });

  it('draws an assumed step dashed and a proposed one dotted, in muted ink; an observed one solid', () => {
    const assumed = styleOf({ step: { evidence: 'assumed' } }).outline;
    expect(assumed).toMatchObject({ stroke: PALETTE.mutedInk, dash: [5, 4], lineCap: 'butt' });
    const proposed = styleOf({ step: { evidence: 'proposed' } }).outline;
    expect(proposed.stroke).toBe(PALETTE.mutedInk);
    // Dashes of (almost) no length with round caps are dots.
    expect(proposed.dash![0]).toBeLessThan(0.1);
    expect(proposed.lineCap).toBe('round');
    expect(styleOf({ step: { evidence: 'observed' } }).outline).toMatchObject({ stroke: PALETTE.cardStroke, dash: null });
  });

  it('counts pain points on a tag straddling the bottom edge, in the gap ink', () => {
    expect(words(styleOf({ step: { painPoints: ['Slow'] } }))).toEqual(['1 PAIN POINT']);
    const style = styleOf({ step: { painPoints: ['Slow', 'Unclear', 'Lost'] }, mark: 'touchpoint' });
    expect(words(style)).toEqual(['TOUCHPOINT', '3 PAIN POINTS']);
    const tag = tagOf(style, '3 PAIN POINTS');
    expect(tag.y + tag.height / 2).toBe(BOX.height);
    expect(tag).toMatchObject({ stroke: PALETTE.gapInk, dot: null });
    expect(words(styleOf({ step: { painPoints: [] } }))).toEqual([]);
  });

  it('outlines a selected card in the selection colour, thicker and solid, lifted by a shadow, whatever else marks it', () => {
    const plain = styleOf();
    for (const input of [{}, { step: { evidence: 'assumed' as const } }, { mark: 'unanchored' as const }]) {
      const { outline } = styleOf({ ...input, selected: true });
      expect(outline).toMatchObject({ stroke: PALETTE.selection, dash: null });
      expect(outline.strokeWidth).toBeGreaterThan(plain.outline.strokeWidth);
      expect(outline.shadow).not.toBeNull();
    }
  });

  it('sets the tags larger on paper than on screen, each pill as wide as its words in the painter\'s measure', () => {
    const input = { mark: 'touchpoint' as const, step: { painPoints: ['Slow', 'Unclear'] } };
    const screen = styleOf(input, 'screen');
    const print = styleOf(input, 'print');
    expect(CARD_TAG_SIZE.print.text.size).toBeGreaterThan(CARD_TAG_SIZE.screen.text.size);
    for (const text of ['TOUCHPOINT', '2 PAIN POINTS']) {
      expect(tagOf(print, text).height).toBeGreaterThan(tagOf(screen, text).height);
      expect(tagOf(print, text).width).toBeGreaterThan(tagOf(screen, text).width);
      expect(tagOf(print, text).text.style.size).toBe(CARD_TAG_SIZE.print.text.size);
    }
    // A wider measure makes a wider pill, still ending at the same place near the right corner.
    const wide = cardStyle({ box: BOX, step: undefined, mark: 'unanchored', selected: false }, 'screen', (text, style) => measure(text, style) * 1.5);
    const narrow = styleOf({ mark: 'unanchored' });
    expect(wide.tags[0]!.width).toBeGreaterThan(narrow.tags[0]!.width);
    expect(wide.tags[0]!.x + wide.tags[0]!.width).toBe(narrow.tags[0]!.x + narrow.tags[0]!.width);
  });

  it('paints a box whose step is gone as a plain card', () => {
    const style = cardStyle({ box: BOX, step: undefined, mark: undefined, selected: false }, 'print', measure);
    expect(style.moment).toBeNull();
    expect(style.tags).toEqual([]);
    expect(style.outline.dash).toBeNull();
  });

  it('wears the room’s dots as a filled sticker on its bottom edge at the left, clear of the tags and the star; a voter’s own, hollow', () => {
    const style = styleOf({ dots: { count: 5, own: false }, mark: 'touchpoint', step: { painPoints: ['Slow', 'Unclear'], momentThatMatters: true } });
    const badge = style.dots!;
    expect(badge).toMatchObject({ words: '5', fill: PALETTE.vote, stroke: PALETTE.vote, dot: null });
    expect(badge.text.fill).toBe(PALETTE.cardFill);
    // Straddling the bottom edge, right of the accent; the pain points' tag on the same edge starts further right.
    expect(badge.y + badge.height / 2).toBe(BOX.height);
    expect(badge.x).toBeGreaterThan(style.accent.width);
    expect(badge.width).toBe(badge.height);
    expect(badge.x + badge.width).toBeLessThan(tagOf(style, '2 PAIN POINTS').x);
    expect(style.moment!.y).toBe(0);
    // The count sits in the middle of the sticker.
    expect(badge.text.x - badge.x).toBeCloseTo(badge.x + badge.width - (badge.text.x + measure('5', badge.text.style)));

    const own = styleOf({ dots: { count: 2, own: true } }).dots!;
    expect(own).toMatchObject({ words: '2', fill: PALETTE.cardFill, stroke: PALETTE.vote });
    expect(own.text.fill).toBe(PALETTE.vote);
    expect(own.strokeWidth).toBeGreaterThan(badge.strokeWidth);
  });

  it('grows the sticker into a pill for a long count, and shows none for no dots', () => {
    const long = styleOf({ dots: { count: 1250, own: false } }).dots!;
    expect(long.width).toBeGreaterThan(long.height);
    expect(long.x).toBe(styleOf({ dots: { count: 5, own: false } }).dots!.x);
    expect(styleOf({ dots: { count: 0, own: false } }).dots).toBeNull();
  });
});
