import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  clearFilters,
  emptySearchState,
  filterQuery,
  fromSavedSearch,
  parseSearchState,
  searchQuery,
  searchStateToString,
  toSavedSearch,
  withFilters,
  type SearchState,
} from './search-state';

const parse = (search: string) => parseSearchState(new URLSearchParams(search));

const full: SearchState = {
  ...emptySearchState,
  q: 'gule mursten',
  category: ['murvaerk-mursten', 'tag'],
  condition: ['A', 'B'],
  maxPrice: 100,
  municipality: ['0400'],
  postcode: ['3700'],
  availableOn: '2026-12-01',
  screened: true,
  orgKind: ['contractor'],
  bbox: { minLon: 14.6, minLat: 54.95, maxLon: 15.2, maxLat: 55.3 },
  near: { lat: 55.1, lon: 14.7 },
  radiusKm: 25,
  sort: 'nearest',
  page: 3,
  view: 'list',
};

describe('the map page state in the URL', () => {
  it('survives a round trip through the query string', () => {
    expect(parse(searchStateToString(full))).toEqual(full);
  });

  it('writes readable, canonical URLs without defaults', () => {
    expect(searchStateToString(emptySearchState)).toBe('');
    expect(searchStateToString({ ...emptySearchState, q: 'mursten', category: ['murvaerk-mursten'], bbox: full.bbox })).toBe(
      '?q=mursten&category=murvaerk-mursten&bbox=14.6,54.95,15.2,55.3',
    );
    expect(searchStateToString({ ...emptySearchState, q: 'rød & hvid' })).toBe('?q=r%C3%B8d%20%26%20hvid');
  });

  it('reads lists written repeated or comma separated', () => {
    expect(parse('condition=B&condition=A').condition).toEqual(['A', 'B']);
    expect(parse('category=tag,murvaerk&category=tag').category).toEqual(['tag', 'murvaerk']);
  });

  it('drops what a damaged link gets wrong and keeps the rest', () => {
    const state = parse('q=mursten&condition=Z&bbox=1,2,3&page=-4&sort=cheapest&maxPrice=gratis&availableOn=31-12-2026');
    expect(state).toEqual({ ...emptySearchState, q: 'mursten' });
  });

  it('needs a position for "nearest" and for a radius', () => {
    expect(parse('sort=nearest&radiusKm=5')).toMatchObject({ sort: 'relevance', radiusKm: null, near: null });
    expect(parse('near=55.1,14.7')).toMatchObject({ near: { lat: 55.1, lon: 14.7 }, radiusKm: 10 });
  });

  it('starts a changed search on page 1 and drops "nearest" with the position', () => {
    const next = withFilters(full, { near: null });
    expect(next).toMatchObject({ page: 1, near: null, radiusKm: null, sort: 'relevance', q: 'gule mursten' });
    expect(clearFilters(full)).toMatchObject({ category: [], condition: [], maxPrice: null, screened: false, q: 'gule mursten', page: 1 });
    expect(activeFilterCount(full)).toBe(10);
    expect(activeFilterCount(clearFilters(full))).toBe(0);
  });

  it('sends lists comma separated and "free" instead of a maximum price', () => {
    expect(filterQuery({ ...full, free: true })).toMatchObject({ category: 'murvaerk-mursten,tag', condition: 'A,B', free: true, maxPrice: undefined, near: '55.1,14.7' });
    expect(searchQuery(full)).toMatchObject({ bbox: '14.6,54.95,15.2,55.3', sort: 'nearest', page: 3, pageSize: 20 });
    expect(searchQuery(emptySearchState)).toEqual({ ...filterQuery(emptySearchState), bbox: undefined, sort: 'relevance', page: 1, pageSize: 20 });
  });

  it('saves the filters as a search that opens the same view again', () => {
    const saved = toSavedSearch(full);
    expect(saved).not.toHaveProperty('sort');
    expect(saved).not.toHaveProperty('page');
    // The server stores the parsed filters; they must come back as the same map page.
    expect(fromSavedSearch(JSON.parse(JSON.stringify(saved)))).toEqual({ ...full, sort: 'relevance', page: 1, view: 'map' });
    expect(fromSavedSearch({ condition: ['Z'] })).toBeNull();
  });
});
