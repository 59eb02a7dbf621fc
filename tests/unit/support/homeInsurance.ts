import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '../../../shared/format/parse';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { loaded } from './fixtures';

/** The home-insurance example as the app bundles it: personas, opportunities and the emotion curve included. */
export function homeInsurance(): JourneyMap {
  return loaded(parse(readFileSync(fileURLToPath(new URL('../../../assets/templates/home-insurance-claim.journey', import.meta.url)), 'utf8')));
}
