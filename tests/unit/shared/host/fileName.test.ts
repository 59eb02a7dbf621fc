import { describe, expect, it } from 'vitest';
import { suggestedFileName } from '../../../../shared/host/fileName';

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
