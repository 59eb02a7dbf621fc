import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RecoveryListing } from '../../../../shared/host/hostApi';
import { RecoveryOfferList, type RecoveryOfferActions } from '../../../../renderer/files/RecoveryOfferList';
import { findAll, hasClass, parseXml, textOf, type XmlElement } from '../../support/xmlTree';

const none = async () => true;
const actions: RecoveryOfferActions = { restore: none, discard: none, reveal: none, showMore: () => {} };

const LISTING: RecoveryListing = {
  copies: [{ documentId: 'good', title: 'Home insurance claim', fileName: 'claim.journey', updatedAt: '2026-05-03T12:00:00.000Z' }],
  unreadable: [
    { documentId: 'broken', kind: 'damaged', title: null, updatedAt: null, message: 'The recovery copy is damaged: it is not valid JSON.' },
    { documentId: 'later', kind: 'newer', title: 'Claim', updatedAt: '2026-05-02T12:00:00.000Z', message: 'A newer version of Outside-In kept this recovery copy: open that version to restore it.' },
  ],
  more: 3,
  next: '1:x',
};

const rendered = (listing: RecoveryListing, revealLabel = 'Show File'): XmlElement => parseXml(`<div>${renderToStaticMarkup(<RecoveryOfferList listing={listing} actions={actions} revealLabel={revealLabel} />)}</div>`);
const byClass = (root: XmlElement, name: string): XmlElement[] => findAll(root, (element) => hasClass(element, name));
const buttons = (root: XmlElement): string[] => findAll(root, (element) => element.name === 'button').map(textOf);

describe('the recovery offer', () => {
  it('offers each readable copy with Restore and Discard, as before', () => {
    const [copy] = byClass(rendered(LISTING), 'recovery-offer__copy');
    expect(textOf(byClass(copy!, 'recovery-offer__title')[0]!)).toBe('Home insurance claim');
    expect(textOf(byClass(copy!, 'recovery-offer__detail')[0]!)).toContain('claim.journey');
    expect(buttons(copy!)).toEqual(['Restore', 'Discard']);
  });

  it('names a damaged copy and one a newer version kept for what they are, with their file to rescue and Discard', () => {
    const [damaged, newer] = byClass(rendered(LISTING), 'recovery-offer__unreadable');
    expect(textOf(byClass(damaged!, 'recovery-offer__title')[0]!)).toBe('A recovery copy');
    expect(textOf(byClass(damaged!, 'recovery-offer__detail')[0]!)).toBe('The recovery copy is damaged: it is not valid JSON. It stays until you discard it.');
    expect(buttons(damaged!)).toEqual(['Show File', 'Discard']);
    expect(textOf(byClass(newer!, 'recovery-offer__title')[0]!)).toBe('Claim');
    expect(textOf(byClass(newer!, 'recovery-offer__detail')[0]!)).toContain('A newer version of Outside-In kept this recovery copy: open that version to restore it.');
  });

  it('counts every copy, says how many more there are, and offers to show them', () => {
    const root = rendered(LISTING);
    expect(textOf(byClass(root, 'recovery-offer__intro')[0]!)).toBe('6 maps had unsaved changes when Outside-In last closed.');
    expect(textOf(byClass(root, 'recovery-offer__more')[0]!)).toBe('3 more not shown. Show More');
  });

  it('offers a download where the host has no file manager, and nothing at all when there is nothing', () => {
    expect(buttons(byClass(rendered(LISTING, 'Download'), 'recovery-offer__unreadable')[0]!)).toEqual(['Download', 'Discard']);
    expect(renderToStaticMarkup(<RecoveryOfferList listing={{ copies: [], unreadable: [], more: 0, next: null }} actions={actions} revealLabel="Download" />)).toBe('');
    const one = rendered({ ...LISTING, copies: [], more: 0, next: null, unreadable: LISTING.unreadable.slice(0, 1) });
    expect(textOf(byClass(one, 'recovery-offer__intro')[0]!)).toBe('A map had unsaved changes when Outside-In last closed.');
    expect(byClass(one, 'recovery-offer__more')).toEqual([]);
  });
});
