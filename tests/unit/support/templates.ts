import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '../../../shared/format/parse';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { loaded } from './fixtures';

/** An example map as the app bundles it (assets/templates/<name>.journey). */
export function template(name: 'home-insurance-claim' | 'b2b-services' | 'retail-store-visit' | 'saas-onboarding'): JourneyMap {
  return loaded(parse(readFileSync(fileURLToPath(new URL(`../../../assets/templates/${name}.journey`, import.meta.url)), 'utf8')));
}
