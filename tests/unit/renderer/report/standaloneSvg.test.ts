import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import { fittingScale } from '../../../../renderer/report/mapPng';
import { mapSvgDocument } from '../../../../renderer/report/standaloneSvg';
import { examples, loaded } from '../../support/fixtures';
import { findAll, hasClass, parseXml, textOf } from '../../support/xmlTree';

const exampleMaps = examples().map(({ name, journey }) => ({ name, map: loaded(parse(journey)) }));

describe('mapSvgDocument', () => {
  it.each(exampleMaps)('writes $name as a well-formed SVG file with an XML prolog and the whole map', ({ map }) => {
    const text = mapSvgDocument(map);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    const svg = parseXml(text);
    const layout = layoutMap(map);
    expect(svg.attributes).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${layout.width} ${layout.height}` });
    const cards = findAll(svg, (element) => hasClass(element, 'map-step'));
    expect(cards.map((card) => card.attributes['data-step-id']).sort()).toEqual(map.steps.map((step) => step.id).sort());
    const titleTexts = cards.map((card) => findAll(card, (element) => element.name === 'text' && findAll(element, (inner) => inner.name === 'tspan').length > 0));
    expect(titleTexts.every((texts) => texts.length === 1)).toBe(true);
  });

  it('embeds both Inter faces as base64 WOFF2, so the file needs nothing from outside', () => {
    const svg = parseXml(mapSvgDocument(exampleMaps[0]!.map));
    const style = findAll(svg, (element) => element.name === 'style').map(textOf).join('');
    const faces = style.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(2);
    expect(faces.map((face) => /font-weight:(\d+)/.exec(face)?.[1])).toEqual(['400', '600']);
    for (const face of faces) expect(face).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{20000,}={0,2}\) format\('woff2'\)/);
    expect(mapSvgDocument(exampleMaps[0]!.map)).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('escapes a title with markup characters rather than break the file', () => {
    const map = { ...exampleMaps[0]!.map, title: 'Q&A <draft> "v2"' };
    const svg = parseXml(mapSvgDocument(map));
    expect(svg.attributes['aria-label']).toContain('Q&A <draft> "v2"');
  });
});

describe('fittingScale', () => {
  it('keeps the asked scale when the canvas stays within what Chromium draws', () => {
    expect(fittingScale(4000, 1200, 2)).toBe(2);
  });

  it('lowers the scale for a map too wide, or too large in all, for a canvas', () => {
    expect(fittingScale(40_000, 1000, 2) * 40_000).toBeLessThanOrEqual(32_767);
    const scale = fittingScale(20_000, 16_000, 2);
    expect(20_000 * scale * 16_000 * scale).toBeLessThanOrEqual(268_435_456 + 1);
  });
});
