import { describe, expect, it } from 'vitest';
import { putOptionalText, textOrNothing } from '../../../../shared/edit/optionalText';

describe('optional text fields', () => {
  it('keeps typed text as typed, and reads blanks as nothing', () => {
    expect(textOrNothing(' Head of claims ')).toBe(' Head of claims ');
    expect(textOrNothing('   ')).toBeUndefined();
    expect(textOrNothing('')).toBeUndefined();
  });

  it('writes a value, removes the key for blanks, and says whether anything changed', () => {
    const record: Record<string, unknown> = { owner: 'Claims' };
    expect(putOptionalText(record, 'owner', 'Claims')).toBe(false);
    expect(putOptionalText(record, 'owner', 'Finance')).toBe(true);
    expect(record).toEqual({ owner: 'Finance' });
    expect(putOptionalText(record, 'owner', '  ')).toBe(true);
    expect(record).toEqual({});
    expect(putOptionalText(record, 'owner', '')).toBe(false);
  });
});
