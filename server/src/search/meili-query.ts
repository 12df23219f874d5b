import type { MultiSearchQuery, Settings } from 'meilisearch';
import type { SearchFilters, SearchQuery } from '@byg360/shared';
import { UUID, type FacetName } from './search-sql.ts';
import { meiliSynonyms } from './synonyms.ts';

/**
 * Our search query in Meilisearch's terms: filter expressions, sort, facets and the settings
 * that make them possible. Pure functions, so that every filter's translation is tested without
 * a Meilisearch.
 */

/** The name searches use; `npm run reindex` builds `lots_<timestamp>` and swaps it in under this name. */
export const MEILI_INDEX = 'lots';

export const meiliSettings: Settings = {
  searchableAttributes: ['title', 'categoryNames', 'description'],
  filterableAttributes: [
    'categoryIds', 'categorySlugs', 'condition', 'priceDkk', 'priceBand', 'municipalityCode', 'postcode',
    'availableFromDay', 'pickUpByDay', 'screened', 'orgKind', '_geo',
  ],
  sortableAttributes: ['_geo', 'publishedAt', 'pickUpByDay', 'id'],
  // "sort" first: an explicit sort (newest, nearest, deadline) orders the matches; relevance sends none.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  synonyms: meiliSynonyms(),
  localizedAttributes: [{ attributePatterns: ['title', 'categoryNames', 'description'], locales: ['dan'] }],
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 100_000 },
};

export const facetAttribute: Record<FacetName, string> = {
  category: 'categorySlugs',
  condition: 'condition',
  municipality: 'municipalityCode',
  price: 'priceBand',
};

const FACETS = Object.keys(facetAttribute) as FacetName[];

/** A string in a Meilisearch filter: double-quoted, with quotes and backslashes escaped. */
export const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const inList = (attribute: string, values: readonly string[]) => `${attribute} IN [${values.map(quote).join(', ')}]`;

/** Whole days since 1970-01-01 for a YYYY-MM-DD date: dates are numbers in the index so they can be compared. */
export const dayNumber = (isoDate: string) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);

export interface MeiliFilters {
  base: string[];
  facets: Partial<Record<FacetName, string>>;
}

export function meiliFilters(f: SearchFilters): MeiliFilters {
  const base: string[] = [];
  if (f.bbox) {
    const b = f.bbox;
    // Top-right corner first, then bottom-left, each as [lat, lng].
    base.push(`_geoBoundingBox([${b.maxLat}, ${b.maxLon}], [${b.minLat}, ${b.minLon}])`);
  }
  if (f.near && f.radiusKm !== undefined) base.push(`_geoRadius(${f.near.lat}, ${f.near.lon}, ${Math.round(f.radiusKm * 1000)})`);
  if (f.postcode?.length) base.push(inList('postcode', f.postcode));
  if (f.availableOn) {
    const day = dayNumber(f.availableOn);
    base.push(`(availableFromDay IS NULL OR availableFromDay <= ${day}) AND (pickUpByDay IS NULL OR pickUpByDay >= ${day})`);
  }
  if (f.screened) base.push('screened = true');
  if (f.orgKind?.length) base.push(inList('orgKind', f.orgKind));

  const facets: MeiliFilters['facets'] = {};
  if (f.category?.length) {
    const ids = f.category.filter((k) => UUID.test(k)).map((k) => k.toLowerCase());
    const slugs = f.category.filter((k) => !UUID.test(k));
    const parts = [...(slugs.length ? [inList('categorySlugs', slugs)] : []), ...(ids.length ? [inList('categoryIds', ids)] : [])];
    facets.category = parts.length > 1 ? `(${parts.join(' OR ')})` : parts[0]!;
  }
  if (f.condition?.length) facets.condition = inList('condition', f.condition);
  if (f.municipality?.length) facets.municipality = inList('municipalityCode', f.municipality);
  const price: string[] = [];
  if (f.free) price.push('priceDkk = 0');
  if (f.maxPrice !== undefined) price.push(`priceDkk <= ${f.maxPrice}`);
  if (price.length) facets.price = price.join(' AND ');
  return { base, facets };
}

export function meiliSort(query: Pick<SearchQuery, 'sort' | 'near' | 'q'>): string[] | undefined {
  switch (query.sort) {
    case 'nearest':
      return query.near ? [`_geoPoint(${query.near.lat}, ${query.near.lon}):asc`, 'id:asc'] : undefined;
    case 'deadline':
      return ['pickUpByDay:asc', 'id:asc'];
    case 'newest':
      return ['publishedAt:desc', 'id:asc'];
    case 'relevance':
      return query.q?.trim() ? undefined : ['publishedAt:desc', 'id:asc'];
  }
}

export interface MeiliPlan {
  queries: MultiSearchQuery[];
  /** For each facet, the index of the query whose facetDistribution holds its counts. */
  facetSource: Record<FacetName, number>;
}

/**
 * The main query (hits, total, and the facets that have no filter set) plus one query per facet
 * whose filter is set, counted without that filter: the same disjunctive facets as PostgreSQL.
 */
export function meiliPlan(query: SearchQuery, indexUid = MEILI_INDEX): MeiliPlan {
  const { base, facets } = meiliFilters(query);
  const q = query.q?.trim() ?? '';
  const filterExcept = (name: FacetName | null) => {
    const filter = [...base, ...FACETS.filter((n) => n !== name && facets[n]).map((n) => facets[n]!)];
    return filter.length ? { filter } : {};
  };
  const sort = meiliSort(query);
  const main: MultiSearchQuery = {
    indexUid,
    q,
    ...filterExcept(null),
    page: query.page,
    hitsPerPage: query.pageSize,
    facets: FACETS.filter((n) => !facets[n]).map((n) => facetAttribute[n]),
    ...(sort ? { sort } : {}),
  };
  const queries = [main];
  const facetSource = {} as Record<FacetName, number>;
  for (const name of FACETS) {
    if (!facets[name]) {
      facetSource[name] = 0;
      continue;
    }
    facetSource[name] = queries.length;
    queries.push({ indexUid, q, ...filterExcept(name), page: 1, hitsPerPage: 0, facets: [facetAttribute[name]] });
  }
  return { queries, facetSource };
}
