import { describe, expect, it } from 'vitest';
import { wantedSearchState } from './wanted-map';

const post = {
  search: null,
  category: { id: '00000000-0000-4000-8000-000000000001', slug: 'murvaerk-mursten', nameDa: 'Mursten', nameEn: 'Bricks' },
  lat: 55.1009,
  lon: 14.7066,
  area: { lat: 55.1, lon: 14.71, radiusKm: 25, postcode: '3700', municipalityCode: '0400' },
};

describe('wanted post on the map', () => {
  it('searches the category around the place of a post without a saved search', () => {
    const state = wantedSearchState(post)!;
    expect(state.category).toEqual(['murvaerk-mursten']);
    expect(state.near).toEqual({ lat: expect.closeTo(55.1009, 3), lon: expect.closeTo(14.7066, 3) });
    expect(state.radiusKm).toBe(25);
    expect(state.q).toBe('');
  });

  it('uses the saved search when there is one, and any category without one', () => {
    expect(wantedSearchState({ ...post, search: { q: 'tegl', municipality: ['0400'] } })).toMatchObject({ q: 'tegl', municipality: ['0400'], near: null });
    expect(wantedSearchState({ ...post, category: null })!.category).toEqual([]);
  });

  it('gives null for a saved search that can no longer be read', () => {
    expect(wantedSearchState({ ...post, search: { near: 'nowhere' } })).toBeNull();
  });
});
