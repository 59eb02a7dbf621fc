import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../../shared/compare/diffMaps';
import { parse } from '../../../../shared/format/parse';
import { compareLayout, REMOVED_PREFIX } from '../../../../shared/layout/compareLayout';
import { whatChangedSection } from '../../../../shared/report/sections/whatChangedSection';
import { CompareMapSvg } from '../../../../renderer/report/CompareMapSvg';
import { WhatChangedSection } from '../../../../renderer/report/sections/WhatChangedSection';
import { FIXTURES, loaded } from '../../support/fixtures';
import { findAll, hasClass, parseXml, textOf, type XmlElement } from '../../support/xmlTree';

const read = (name: string) => loaded(parse(readFileSync(join(FIXTURES, 'compare', name), 'utf8')));
const before = read('home-insurance-as-is.journey');
const after = read('home-insurance-to-be.journey');
const diff = diffMaps(before, after);
const view = compareLayout(before, after, diff);

const byClass = (root: XmlElement, name: string): XmlElement[] => findAll(root, (element) => hasClass(element, name));
const texts = (root: XmlElement): string[] => findAll(root, (element) => element.name === 'text').map(textOf);

describe('CompareMapSvg', () => {
  const svg = parseXml(renderToStaticMarkup(<CompareMapSvg view={view} focused={0} />));

  it('outlines and badges each changed card with a glyph and a word, not colour alone', () => {
    const marks = Object.fromEntries(byClass(svg, 'compare-step').map((mark) => [mark.attributes['data-step-id'], mark]));
    expect(texts(marks.t1!)).toEqual(['+ Added']);
    expect(texts(marks[`${REMOVED_PREFIX}p4`]!)).toEqual(['− Removed']);
    expect(texts(marks.p3!)).toEqual(['→ Moved']);
    expect(texts(marks.c5!)).toEqual(['◆ Changed']);
    // Each kind has its own outline pattern, so the marks differ in greyscale too.
    const dashes = ['t1', `${REMOVED_PREFIX}p4`, 'p3', 'c5'].map((id) => findAll(marks[id]!, (element) => element.name === 'rect' && element.attributes.fill === 'none')[0]!.attributes['stroke-dasharray'] ?? 'solid');
    expect(new Set(dashes).size).toBe(4);
  });

  it('marks the closed gap with its words, the others on their bands, and rings the focused change', () => {
    const gaps = byClass(svg, 'compare-gap');
    expect(gaps.map((gap) => gap.attributes['data-change'])).toEqual(['closed', 'opened', 'changed']);
    expect(texts(gaps[0]!)).toEqual(['✓ Gap closed · Before · 3 steps · severity 7.0 → 0']);
    expect(texts(svg).filter((text) => /^(Opened|Shrunk)/.test(text))).toEqual(['Opened · Between', 'Shrunk · After']);
    expect(byClass(svg, 'compare-focus')).toHaveLength(1);
  });

  it('overlays the emotion curve before (dashed) on the one after', () => {
    const [emotion] = byClass(svg, 'compare-emotion');
    expect(byClass(emotion!, 'compare-emotion-before')).toHaveLength(1);
    expect(byClass(emotion!, 'map-emotion-curve')).toHaveLength(1);
    expect(texts(emotion!)).toEqual(expect.arrayContaining(['after', 'before']));
  });
});

describe('WhatChangedSection', () => {
  it('prints coverage before → after, the gaps changed with their severity, and the changed steps', () => {
    const content = whatChangedSection(before, after, diff, 'As-is', 'To-be');
    const page = parseXml(renderToStaticMarkup(<WhatChangedSection content={content} view={view} width={1000} />));
    const all = textOf(page);
    expect(all).toContain('As-is → To-be');
    expect(all).toContain('Home owner: coverage 40\u00a0% → 70\u00a0%');
    expect(content.lanes[0]!.gaps.map((gap) => [gap.change, gap.severityBefore, gap.severityAfter])).toEqual([
      ['Closed', '7.0', '0'],
      ['Opened', '0', '1.0'],
      ['Shrunk', '4.0', '2.0'],
    ]);
    expect(content.lanes[0]!.gaps[0]!.steps).toBe('3 steps: Storm damages the roof; Makes the house safe; Looks up the policy');
    expect(content.steps.map((step) => [step.change, step.title, step.detail])).toEqual([
      ['Added', 'Storm warning and safety advice by text', 'columns 1–3'],
      ['Added', 'Recommends a vetted roofer', 'column 8'],
      ['Removed', 'Month-end reserve booking', 'column 12'],
      ['Moved', 'Pay out', 'column 7 → column 6'],
      ['Changed', 'Books the assessor online', 'was “Waits for the assessor”'],
    ]);
    const svgs = findAll(page, (element) => element.name === 'svg' && hasClass(element, 'compare-map'));
    expect(Number(svgs[0]!.attributes.width)).toBeLessThanOrEqual(1000);
  });
});
