import { describe, expect, it } from 'vitest';
import { journeyNameOf, suggestedFileName } from '../../../../shared/host/fileName';

describe('suggestedFileName', () => {
  it('names a map after its title, with the .journey extension', () => {
    expect(suggestedFileName('Home insurance claim')).toBe('Home insurance claim.journey');
  });

  it('keeps one extension when it is given a file name', () => {
    expect(suggestedFileName('home-insurance-claim.journey')).toBe('home-insurance-claim.journey');
    expect(suggestedFileName('Claim.JOURNEY')).toBe('Claim.journey');
    expect(suggestedFileName(suggestedFileName('Claim'))).toBe('Claim.journey');
  });

  it('makes a title safe for any file system', () => {
    expect(suggestedFileName('Home insurance: claim?  / draft')).toBe('Home insurance claim draft.journey');
    expect(suggestedFileName('...hidden')).toBe('hidden.journey');
    expect(suggestedFileName('   ')).toBe('Untitled map.journey');
  });
});

describe('journeyNameOf', () => {
  it('swaps the extension of the file a map was read from for .journey', () => {
    expect(journeyNameOf('Claim report.pdf', ['.pdf'])).toBe('Claim report.journey');
    expect(journeyNameOf('CLAIM.PDF', ['.pdf'])).toBe('CLAIM.journey');
    expect(journeyNameOf('process.bpmn20.xml', ['.bpmn', '.bpmn20.xml'])).toBe('process.journey');
  });

  it('keeps a name that has none of the extensions whole, and makes it safe', () => {
    expect(journeyNameOf('Claim v1.2', ['.pdf'])).toBe('Claim v1.2.journey');
    expect(journeyNameOf('a/b.pdf', ['.pdf'])).toBe('a b.journey');
  });
});
