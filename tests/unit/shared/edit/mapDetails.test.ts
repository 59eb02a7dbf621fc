import { describe, expect, it } from 'vitest';
import { updateMapDetails } from '../../../../shared/edit/mapDetails';
import type { JourneyMap } from '../../../../shared/model/journeyMap';

const map: JourneyMap = Object.freeze({ id: 'm', title: 'Claim', stages: [], lanes: [], steps: [] });

describe('updateMapDetails', () => {
  it('sets the title, client and author', () => {
    expect(updateMapDetails(map, { title: 'Home claim', client: 'Northwind', author: 'Alex' })).toEqual({ ...map, title: 'Home claim', client: 'Northwind', author: 'Alex' });
  });

  it('removes a client or author emptied, so the file carries only what was filled in', () => {
    const filled = updateMapDetails(map, { client: 'Northwind', author: 'Alex' });
    const emptied = updateMapDetails(filled, { client: '' });
    expect(emptied).toEqual({ ...map, author: 'Alex' });
    expect('client' in emptied).toBe(false);
  });

  it('reads a client or author of blanks as emptied, like every optional text field', () => {
    const filled = updateMapDetails(map, { client: 'Northwind' });
    expect(updateMapDetails(filled, { client: '   ' })).toEqual(map);
    expect(updateMapDetails(map, { author: '  ' })).toBe(map);
  });

  it('returns the same map when nothing changes, so no undo step is made', () => {
    expect(updateMapDetails(map, { title: 'Claim', client: '' })).toBe(map);
    const filled = updateMapDetails(map, { client: 'Northwind' });
    expect(updateMapDetails(filled, { client: 'Northwind' })).toBe(filled);
  });
});
