import { describe, expect, it } from 'vitest';
import { appliedTheme } from '../../../../renderer/preferences/theme';

describe('the applied theme', () => {
  it('is the one chosen, whatever the system says', () => {
    expect([appliedTheme('light', true), appliedTheme('dark', false)]).toEqual(['light', 'dark']);
  });

  it('follows the system when the user chose to match it', () => {
    expect([appliedTheme('system', false), appliedTheme('system', true)]).toEqual(['light', 'dark']);
  });
});
