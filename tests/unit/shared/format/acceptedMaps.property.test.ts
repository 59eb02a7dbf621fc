import { describe, expect, it } from 'vitest';
import { acceptedMapsHold } from '../../support/acceptedMaps';

describe('every map the loader accepts', () => {
  it('lays out, saves, loads again as the same map, and is analysed (a short run; `npm run bench -- fuzz` runs long)', () => {
    // Many of the files are refused (past a bound); enough are accepted for the property to mean something.
    expect(acceptedMapsHold(300)).toBeGreaterThan(30);
  });
});
