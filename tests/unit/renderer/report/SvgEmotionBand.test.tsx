import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import type { JourneyMap, Step } from '../../../../shared/model/journeyMap';
import { MapSvg } from '../../../../renderer/report/MapSvg';
import { findAll, hasClass, parseXml, textOf, type XmlElement } from '../../support/xmlTree';

const step = (id: string, column: number, emotion?: number): Step => ({ id, laneId: 'cust', title: `Step ${id}`, column, span: 1, ...(emotion === undefined ? {} : { emotion }) });
const map = (showEmotionCurve: boolean): JourneyMap => ({
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [{ id: 'cust', kind: 'journey', title: 'Customer', ...(showEmotionCurve ? { showEmotionCurve } : {}) }, { id: 'claims', kind: 'process', title: 'Claims' }],
  steps: [step('s1', 0, 1), step('s2', 1, -2), step('s3', 2), step('s4', 3, 0), { id: 'p1', laneId: 'claims', title: 'Register', column: 1, span: 1 }],
});

const painted = (shown: boolean): XmlElement => {
  const journey = map(shown);
  return parseXml(renderToStaticMarkup(<MapSvg layout={layoutMap(journey)} map={journey} />));
};
const byClass = (root: XmlElement, name: string): XmlElement[] => findAll(root, (element) => hasClass(element, name));

describe('the emotion band in the printed map', () => {
  it('paints the curve of a lane that shows it from the layout: the same path, a point per recorded step, the lowest marked', () => {
    const svg = painted(true);
    const layout = layoutMap(map(true));
    const [band] = byClass(svg, 'map-emotion');
    expect(band?.attributes['data-lane-id']).toBe('cust');
    expect(byClass(band!, 'map-emotion-curve')[0]?.attributes['d']).toBe(layout.emotionCurves[0]!.path);
    expect(byClass(band!, 'map-emotion-point').map((point) => point.attributes['data-step-id'])).toEqual(['s1', 's4']);
    expect(byClass(band!, 'map-emotion-lowest').map((point) => point.attributes['data-step-id'])).toEqual(['s2']);
    expect(findAll(band!, (element) => element.name === 'text').map(textOf)).toEqual(['+2', '+1', '0', '\u22121', '\u22122']);
  });

  it('paints no band for a lane that does not show it', () => {
    expect(byClass(painted(false), 'map-emotion')).toEqual([]);
  });
});
