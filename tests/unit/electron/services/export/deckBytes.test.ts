import { describe, expect, it } from 'vitest';
import { deckBytes } from '../../../../../electron/services/export/deckBytes';
import { diffMaps } from '../../../../../shared/compare/diffMaps';
import type { DeckCompare } from '../../../../../shared/deck/deckOf';
import { parse } from '../../../../../shared/format/parse';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { fixtureText, loaded } from '../../../support/fixtures';
import { template } from '../../../support/templates';
import { zipEntries } from '../../../support/zipEntries';

const unescape = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The deck's slides in order, each as its XML and its text (paragraphs joined by spaces). */
async function readDeck(map: JourneyMap, compare?: DeckCompare) {
  const entries = zipEntries(await deckBytes(map, '2026-11-22', compare));
  const slides = [...entries.keys()]
    .flatMap((name) => {
      const match = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name);
      return match ? [{ number: Number(match[1]), xml: entries.get(name)! }] : [];
    })
    .sort((a, b) => a.number - b.number)
    .map(({ number, xml }) => ({ number, xml, text: [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => unescape(match[1]!)).join(' ').replace(/\s+/g, ' ') }));
  return { entries, slides };
}

describe('the PowerPoint deck read back', () => {
  for (const name of ['home-insurance-claim', 'b2b-services', 'retail-store-visit', 'saas-onboarding'] as const) {
    it(`of ${name}: 6 slides and one per stage, every step's title as text, no slide without text or with a picture`, async () => {
      const map = template(name);
      const { slides } = await readDeck(map);
      expect(slides).toHaveLength(6 + map.stages.length);
      const all = slides.map((slide) => slide.text).join(' ');
      for (const step of map.steps) expect(all, step.title).toContain(step.title.replace(/\s+/g, ' '));
      for (const slide of slides) {
        expect(slide.text.trim(), `slide ${slide.number}`).not.toBe('');
        expect(slide.xml, `slide ${slide.number}`).not.toContain('<p:pic>');
      }
    });
  }

  it('is 16:9, set in Inter, with the findings at 18 pt or more', async () => {
    const { entries, slides } = await readDeck(template('home-insurance-claim'));
    expect(entries.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(slides[1]!.xml).toContain('typeface="Inter"');
    expect(slides[1]!.text).toContain('The organisation accompanies the customer on 4 of the 10 steps of the journey');
    const sizes = [...slides[1]!.xml.matchAll(/<a:rPr[^>]* sz="(\d+)"[^>]*>(?:(?!<\/a:r>).)*<a:t>The organisation accompanies/gs)].map((match) => Number(match[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(1800);
  });

  it('names the slides in the order of the issue: title, findings, overview, stages, gaps, emotion, opportunities', async () => {
    const { slides } = await readDeck(template('home-insurance-claim'));
    expect(slides.map((slide) => slide.text.slice(0, 40))).toEqual([
      expect.stringContaining('CUSTOMER JOURNEY REPORT'),
      expect.stringContaining('KEY FINDINGS'),
      expect.stringContaining('OVERVIEW'),
      expect.stringContaining('STAGE 1 OF 3'),
      expect.stringContaining('STAGE 2 OF 3'),
      expect.stringContaining('STAGE 3 OF 3'),
      expect.stringContaining('GAPS'),
      expect.stringContaining('EMOTION'),
      expect.stringContaining('OPPORTUNITIES'),
    ]);
  });

  it("gives every finding with what backs it in the findings slide's notes", async () => {
    const { entries } = await readDeck(template('home-insurance-claim'));
    const body = /type="body".*?<\/p:txBody>/s.exec(entries.get('ppt/notesSlides/notesSlide2.xml')!)![0];
    const notes = [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => unescape(match[1]!)).join('\n');
    expect(notes).toContain('Most severe gap (14.6): “Storm damages the roof” to “Looks up the policy” (3 steps), before the organisation’s first contact.');
    expect(notes).toContain('1,200 customers a month go through it.');
    expect(notes).toContain('Claims director: “Network of vetted roofers at agreed prices” (idea, due 30 June 2027).');
  });

  it("carries the map's .journey text in the last slide's notes, so the deck gives the map back", async () => {
    const map = template('home-insurance-claim');
    const { entries, slides } = await readDeck(map);
    const notesName = [...entries.keys()].find((name) => new RegExp(`^ppt/notesSlides/notesSlide${slides.length}\\.xml$`).test(name))!;
    // The notes' body placeholder; the slide number's field follows it.
    const body = /type="body".*?<\/p:txBody>/s.exec(entries.get(notesName)!)![0];
    const notes = [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => unescape(match[1]!)).join('\n');
    expect(loaded(parse(notes))).toEqual(map);
  });

  it('exported from the compare view: What changed after the overview, on slides of its own, every changed step by its title', async () => {
    const before = loaded(parse(fixtureText('compare', 'home-insurance-as-is.journey')));
    const after = loaded(parse(fixtureText('compare', 'home-insurance-to-be.journey')));
    const { slides } = await readDeck(after, { before, beforeName: 'As-is, workshop 1', afterName: 'To-be' });
    // The home-insurance variants' changes take two slides: the gaps, then the steps.
    expect(slides).toHaveLength(6 + 2 + after.stages.length);
    expect(slides.map((slide) => slide.text.slice(0, 40))).toEqual([
      expect.stringContaining('CUSTOMER JOURNEY REPORT'),
      expect.stringContaining('KEY FINDINGS'),
      expect.stringContaining('OVERVIEW'),
      expect.stringContaining('WHAT CHANGED · 1 OF 2'),
      expect.stringContaining('WHAT CHANGED · 2 OF 2'),
      expect.stringContaining('STAGE 1 OF 3'),
      expect.stringContaining('STAGE 2 OF 3'),
      expect.stringContaining('STAGE 3 OF 3'),
      expect.stringContaining('GAPS'),
      expect.stringContaining('EMOTION'),
      expect.stringContaining('OPPORTUNITIES'),
    ]);
    expect(slides[3]!.text).toContain('As-is, workshop 1 → To-be');
    expect(slides[3]!.text).toContain('Closed Before 3 steps: Storm damages the roof');
    expect(slides.at(-1)!.text).toContain('11 / 11');
    const changed = slides.slice(3, 5).map((slide) => slide.text).join(' ');
    const diff = diffMaps(before, after);
    for (const id of [...diff.steps.added, ...diff.steps.moved, ...diff.steps.changed]) expect(changed).toContain(after.steps.find((step) => step.id === id)!.title);
    for (const id of diff.steps.removed) expect(changed).toContain(before.steps.find((step) => step.id === id)!.title);
    // Body text at 18 pt: the rows' sizes, the columns' labels (12 pt) aside.
    for (const slide of slides.slice(3, 5)) {
      const sizes = [...slide.xml.matchAll(/<a:rPr[^>]* sz="(\d+)"[^>]*>(?:(?!<\/a:r>).)*<a:t>(Added|Removed|Moved|Changed|Closed|Opened|Shrunk)<\/a:t>/gs)].map((match) => Number(match[1]));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(1800);
      expect(slide.xml).not.toContain('<p:pic>');
    }
  });
});
