import { describe, expect, it } from 'vitest';
import { priceBandOf, searchQuerySchema, type SearchQueryInput } from '@byg360/shared';
import { dayNumber, meiliFilters, meiliPlan, meiliSettings, meiliSort, quote } from '../../src/search/meili-query.ts';
import { meiliSynonyms } from '../../src/search/synonyms.ts';
import { queryWords, toFtsQuery } from '../../src/search/text-query.ts';

const query = (input: SearchQueryInput) => searchQuerySchema.parse(input);
const filtersOf = (input: SearchQueryInput) => meiliFilters(query(input));
const ID = '3fca6c0e-9e66-45f1-a03d-8cb3b1341eeb';

describe('Meilisearch translation of each filter', () => {
  it.each<[string, SearchQueryInput, string[], Record<string, string>]>([
    ['bbox: top-right corner first, each as [lat, lng]', { bbox: '8,55.9,8.4,56.1' }, ['_geoBoundingBox([56.1, 8.4], [55.9, 8])'], {}],
    ['near + radius in metres', { near: '56,8.2', radiusKm: '7.5' }, ['_geoRadius(56, 8.2, 7500)'], {}],
    ['near alone: no filter, only distances', { near: '56,8.2' }, [], {}],
    ['postcodes', { postcode: '3700,3790' }, ['postcode IN ["3700", "3790"]'], {}],
    ['a date within the pick-up window, as day numbers', { availableOn: '2026-03-01' }, [`(availableFromDay IS NULL OR availableFromDay <= ${dayNumber('2026-03-01')}) AND (pickUpByDay IS NULL OR pickUpByDay >= ${dayNumber('2026-03-01')})`], {}],
    ['screened', { screened: 'true' }, ['screened = true'], {}],
    ['screened=false is no filter', { screened: 'false' }, [], {}],
    ['organisation kinds', { orgKind: 'contractor,recycling_station' }, ['orgKind IN ["contractor", "recycling_station"]'], {}],
    ['category slugs (a parent matches its children through categorySlugs)', { category: 'murvaerk' }, [], { category: 'categorySlugs IN ["murvaerk"]' }],
    ['category ids', { category: ID }, [], { category: `categoryIds IN ["${ID}"]` }],
    ['slugs and ids together', { category: ['tag', ID] }, [], { category: `(categorySlugs IN ["tag"] OR categoryIds IN ["${ID}"])` }],
    ['conditions', { condition: 'A,C' }, [], { condition: 'condition IN ["A", "C"]' }],
    ['municipalities', { municipality: '0400' }, [], { municipality: 'municipalityCode IN ["0400"]' }],
    ['free', { free: 'true' }, [], { price: 'priceDkk = 0' }],
    ['maximum price', { maxPrice: '100' }, [], { price: 'priceDkk <= 100' }],
    ['free and a maximum price', { free: true, maxPrice: 50 }, [], { price: 'priceDkk = 0 AND priceDkk <= 50' }],
  ])('%s', (_, input, base, facets) => {
    const f = filtersOf(input);
    expect(f.base).toEqual(base);
    expect(f.facets).toEqual(facets);
  });

  it('escapes quotes and backslashes in values', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it('counts days from 1970-01-01 in UTC', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-01-01')).toBe(20454);
  });
});

describe('Meilisearch sort', () => {
  it.each<[SearchQueryInput, string[] | undefined]>([
    [{ q: 'mursten' }, undefined],
    [{}, ['publishedAt:desc', 'id:asc']],
    [{ sort: 'newest', q: 'x' }, ['publishedAt:desc', 'id:asc']],
    [{ sort: 'deadline' }, ['pickUpByDay:asc', 'id:asc']],
    [{ sort: 'nearest', near: '55.1,14.7' }, ['_geoPoint(55.1, 14.7):asc', 'id:asc']],
  ])('%j sorts by %j', (input, sort) => {
    expect(meiliSort(query(input))).toEqual(sort);
  });
});

describe('Meilisearch plan: disjunctive facets', () => {
  it('asks one query with every facet when no facet filter is set', () => {
    const plan = meiliPlan(query({ q: 'mursten', page: 2, pageSize: 10 }));
    expect(plan.queries).toEqual([
      { indexUid: 'lots', q: 'mursten', page: 2, hitsPerPage: 10, facets: ['categorySlugs', 'condition', 'municipalityCode', 'priceBand'] },
    ]);
    expect(plan.facetSource).toEqual({ category: 0, condition: 0, municipality: 0, price: 0 });
  });

  it('counts each facet whose filter is set in its own query, without that filter', () => {
    const plan = meiliPlan(query({ bbox: '8,55,9,56', category: 'tag', condition: 'B', maxPrice: '10' }));
    const box = '_geoBoundingBox([56, 9], [55, 8])';
    const category = 'categorySlugs IN ["tag"]';
    const condition = 'condition IN ["B"]';
    const price = 'priceDkk <= 10';
    expect(plan.queries[0]).toMatchObject({ filter: [box, category, condition, price], facets: ['municipalityCode'], sort: ['publishedAt:desc', 'id:asc'] });
    expect(plan.queries.slice(1)).toEqual([
      { indexUid: 'lots', q: '', filter: [box, condition, price], page: 1, hitsPerPage: 0, facets: ['categorySlugs'] },
      { indexUid: 'lots', q: '', filter: [box, category, price], page: 1, hitsPerPage: 0, facets: ['condition'] },
      { indexUid: 'lots', q: '', filter: [box, category, condition], page: 1, hitsPerPage: 0, facets: ['priceBand'] },
    ]);
    expect(plan.facetSource).toEqual({ category: 1, condition: 2, municipality: 0, price: 3 });
  });
});

describe('Meilisearch settings', () => {
  it('searches title over category names over description, and can filter and sort by place', () => {
    expect(meiliSettings.searchableAttributes).toEqual(['title', 'categoryNames', 'description']);
    expect(meiliSettings.filterableAttributes).toEqual(expect.arrayContaining(['_geo', 'categorySlugs', 'condition', 'priceDkk', 'municipalityCode', 'postcode', 'screened', 'orgKind']));
    expect(meiliSettings.sortableAttributes).toEqual(expect.arrayContaining(['_geo', 'publishedAt', 'pickUpByDay']));
    expect(meiliSettings.typoTolerance).toMatchObject({ enabled: true });
  });

  it('has Danish synonyms both ways', () => {
    const synonyms = meiliSynonyms();
    expect(synonyms.tegl).toContain('mursten');
    expect(synonyms.mursten).toContain('tegl');
    expect(synonyms.tagsten).toContain('tegltagsten');
    expect(synonyms.bjælke).toContain('bjælker');
    for (const [word, others] of Object.entries(synonyms)) for (const other of others) expect(synonyms[other]).toContain(word);
  });
});

describe('query text', () => {
  it('splits into lower-case words of letters and digits', () => {
    expect(queryWords('  Røde MURSTEN, 240x115 mm!  ')).toEqual(['røde', 'mursten', '240x115', 'mm']);
    expect(queryWords("'; drop table lots; --")).toEqual(['drop', 'table', 'lots']);
    expect(queryWords('')).toEqual([]);
  });

  it('expands synonyms and treats the last word as a prefix when it is long enough', () => {
    expect(toFtsQuery('gamle tegl')).toEqual({ words: ['gamle', 'tegl'], groups: ['gamle', 'tegl|mursten|teglsten|bygningssten'], prefixLast: true });
    expect(toFtsQuery('Røde MU!')).toEqual({ words: ['røde', 'mu'], groups: ['røde', 'mu'], prefixLast: false });
    expect(toFtsQuery('!!')).toBeNull();
  });

  it('puts prices in bands: free, up to 100, up to 1000, above', () => {
    expect([0, 0.01, 100, 100.01, 1000, 1000.5].map(priceBandOf)).toEqual(['free', '1-100', '1-100', '100-1000', '100-1000', '1000+']);
  });
});
