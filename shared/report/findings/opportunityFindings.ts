import type { JourneyMap } from '../../model/journeyMap';
import type { Opportunity } from '../../model/opportunity';
import { counted, listWords, quoted } from '../../words/listWords';
import { STATUS_WORDS } from '../../words/statusWords';
import { longDate } from '../longDate';
import type { KeyFinding } from './keyFinding';

/** How many owners get a line of their own before the rest are counted. */
const OWNERS_LISTED = 5;
/** How many of one owner's opportunities the line names. */
const NAMED = 3;

/** The opportunities not done yet, grouped by owner in the order owners first appear (those without an owner last). */
export function opportunityFindings(map: JourneyMap): KeyFinding {
  const all = map.opportunities ?? [];
  const open = all.filter((opportunity) => opportunity.status !== 'done');
  const label = 'Open opportunities';
  if (all.length === 0) return { topic: 'opportunities', label, headline: 'No opportunity is written down yet: the map names where the customer is alone, not yet what to do about it.', details: [] };
  if (open.length === 0) return { topic: 'opportunities', label, figure: '0', headline: `All ${counted(all.length, 'opportunity', 'opportunities')} on the map are done.`, details: [] };
  const byOwner = new Map<string, Opportunity[]>();
  for (const opportunity of open) {
    const owner = opportunity.owner?.trim() ?? '';
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), opportunity]);
  }
  const owners = [...byOwner.keys()].filter((owner) => owner !== '');
  const unowned = byOwner.get('') ?? [];
  const lines = owners.map((owner) => `${owner}: ${itemsWords(byOwner.get(owner)!)}.`);
  if (unowned.length > 0) lines.push(`No owner yet: ${itemsWords(unowned)}.`);
  const shown = lines.length > OWNERS_LISTED + 1 ? [...lines.slice(0, OWNERS_LISTED), `And ${counted(lines.length - OWNERS_LISTED, 'more owner')}.`] : lines;
  const ownerWords = owners.length === 0 ? 'none of them with an owner yet' : `${counted(owners.length, 'owner')}${unowned.length > 0 ? `, ${unowned.length} without one` : ''}`;
  return {
    topic: 'opportunities',
    label,
    figure: `${open.length}`,
    headline: `${counted(open.length, 'opportunity is', 'opportunities are')} open, with ${ownerWords}.`,
    details: shown,
  };
}

function itemsWords(opportunities: readonly Opportunity[]): string {
  const described = opportunities.map((opportunity) => {
    const due = opportunity.due ? `, due ${longDate(opportunity.due)}` : '';
    return `${quoted(opportunity.title || 'Untitled opportunity')} (${STATUS_WORDS[opportunity.status].toLowerCase()}${due})`;
  });
  return listWords(described, NAMED);
}
