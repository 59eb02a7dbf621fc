import { parse } from '../../shared/format/parse';
import type { JourneyMap } from '../../shared/model/journeyMap';

/** A map shipped with the app to start from: the blank map, or an example of the method to adapt. */
export interface Template {
  /** The file name without `.journey`. */
  readonly id: string;
  /** What the template is, in one line, for the New chooser. */
  readonly description: string;
  readonly map: JourneyMap;
}

/** The template New offers first: the default stages, a journey lane and a process lane, no steps. */
export const BLANK_TEMPLATE_ID = 'blank';

// Kept here rather than in the files, so a map made from a template carries nothing but the map.
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  [BLANK_TEMPLATE_ID]: 'The eight default stages, a customer lane and one department lane, ready for the first steps.',
  'b2b-services': 'A client’s operations manager from the first handshake to renewal: marketing, sales, contracting, turnover, invoicing.',
  'home-insurance-claim': 'A home owner after a storm: alone before the claim and after the payout, with the insurer only in between.',
  'retail-store-visit': 'A Saturday trip for a sofa: car park, round tour, self-service hall, checkout, and assembly at home.',
  'saas-onboarding': 'A team lead from month-end pain to renewal: trial, subscription, set-up, support, and a silent renewal.',
};

const sources = import.meta.glob<string>('../../assets/templates/*.journey', { query: '?raw', import: 'default', eager: true });

/** The name a template goes by: its map's title, or "Blank map" for the untitled blank one. */
export const templateTitle = (template: Template): string => template.map.title.trim() || 'Blank map';

/**
 * The bundled templates: the blank map first, then the examples by title. A template that does not
 * load, or has no description, is a build defect, so it throws.
 */
export const BUNDLED_TEMPLATES: readonly Template[] = Object.entries(sources)
  .map(([path, text]): Template => {
    const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.journey$/, '');
    const result = parse(text);
    if (!result.ok) throw new Error(`The bundled template ${id} does not load: ${result.problems.map((p) => p.message).join(' ')}`);
    const description = DESCRIPTIONS[id];
    if (description === undefined) throw new Error(`The bundled template ${id} has no description in bundledTemplates.ts.`);
    return { id, description, map: result.value };
  })
  .sort((a, b) => Number(b.id === BLANK_TEMPLATE_ID) - Number(a.id === BLANK_TEMPLATE_ID) || a.map.title.localeCompare(b.map.title));

/** The examples of the method: every bundled template but the blank one. */
export const EXAMPLE_TEMPLATES: readonly Template[] = BUNDLED_TEMPLATES.filter((template) => template.id !== BLANK_TEMPLATE_ID);
