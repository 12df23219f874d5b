import { sql, type SQL } from 'drizzle-orm';
import type { SearchFilters, SearchSort } from '@byg360/shared';

/**
 * SQL fragments over `lot_search s` for the filters of the search, the map and saved searches.
 * Every filter has an index behind it; the facet filters (category, condition, municipality,
 * price) are kept apart so that each facet can be counted without its own filter.
 */

/**
 * How q is matched: a tsquery of Danish stems — the words typed with their synonyms, the last word
 * also as a prefix; or, when that finds nothing, each word or one of its corrections.
 */
export interface TextMatch {
  tsquery: string;
}

export type FacetName = 'category' | 'condition' | 'municipality' | 'price';

export interface FilterSql {
  /** Conditions that every row and every facet count must meet. */
  base: SQL[];
  /** The facet filters that are set, by facet. */
  facets: Partial<Record<FacetName, SQL>>;
}

/** A PostgreSQL array literal for a text[] parameter (drizzle expands JS arrays into lists). */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** Category keys are ids when they look like one, slugs otherwise. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Title matches (A) weigh far more than category names (B) and descriptions (C). */
const RANK_WEIGHTS = '{0.05,0.1,0.4,1.0}';

export function textCondition(text: TextMatch): SQL {
  return sql`s.tsv @@ ${text.tsquery}::tsquery`;
}

export function rankExpression(text: TextMatch | null): SQL {
  if (!text) return sql`0::real`;
  return sql`ts_rank_cd(${RANK_WEIGHTS}::float4[], s.tsv, ${text.tsquery}::tsquery)`;
}

const earthOf = (p: { lat: number; lon: number }) => sql`ll_to_earth(${p.lat}::float8, ${p.lon}::float8)`;

export function distanceExpression(f: Pick<SearchFilters, 'near'>): SQL {
  return f.near ? sql`earth_distance(${earthOf(f.near)}, s.geo)` : sql`NULL::float8`;
}

export function filterSql(f: SearchFilters, text: TextMatch | null): FilterSql {
  const base: SQL[] = [];
  if (text) base.push(textCondition(text));
  if (f.bbox) {
    const b = f.bbox;
    // Inclusive ranges on the (lon, lat) btree: exact at the edges, and estimated from the column statistics.
    base.push(sql`s.lon BETWEEN ${b.minLon}::float8 AND ${b.maxLon}::float8 AND s.lat BETWEEN ${b.minLat}::float8 AND ${b.maxLat}::float8`);
  }
  if (f.near && f.radiusKm !== undefined) {
    const metres = f.radiusKm * 1000;
    base.push(sql`earth_box(${earthOf(f.near)}, ${metres}::float8) @> s.geo`);
    base.push(sql`earth_distance(${earthOf(f.near)}, s.geo) <= ${metres}::float8`);
  }
  if (f.postcode?.length) base.push(sql`s.postcode = ANY(${textArray(f.postcode)}::text[])`);
  if (f.availableOn) {
    base.push(sql`(s.available_from IS NULL OR s.available_from <= ${f.availableOn}::date) AND (s.pick_up_by IS NULL OR s.pick_up_by >= ${f.availableOn}::date)`);
  }
  if (f.screened) base.push(sql`s.screened`);
  if (f.orgKind?.length) base.push(sql`s.org_kind = ANY(${textArray(f.orgKind)}::organisation_kind[])`);

  const facets: FilterSql['facets'] = {};
  if (f.category?.length) {
    const ids = f.category.filter((k) => UUID.test(k));
    const slugs = f.category.filter((k) => !UUID.test(k));
    const chosen = sql`SELECT c.id FROM material_categories c WHERE c.slug = ANY(${textArray(slugs)}::text[]) OR c.id = ANY(${textArray(ids)}::uuid[])`;
    // The chosen categories and their children, looked up once (an InitPlan), then the category index.
    facets.category = sql`s.category_id = ANY(ARRAY(SELECT k.id FROM material_categories k WHERE k.id IN (${chosen}) OR k.parent_id IN (${chosen})))`;
  }
  if (f.condition?.length) facets.condition = sql`s.condition = ANY(${textArray(f.condition)}::condition[])`;
  if (f.municipality?.length) facets.municipality = sql`s.municipality_code = ANY(${textArray(f.municipality)}::text[])`;
  const price: SQL[] = [];
  if (f.free) price.push(sql`s.price_band = 0`);
  if (f.maxPrice !== undefined) price.push(sql`s.price_dkk <= ${f.maxPrice}::numeric`);
  if (price.length) facets.price = sql.join(price, sql` AND `);
  return { base, facets };
}

export const and = (parts: SQL[]): SQL => (parts.length ? sql.join(parts.map((p) => sql`(${p})`), sql` AND `) : sql`TRUE`);

/** The whole filter as one condition (map, saved searches). */
export function whereOf(f: SearchFilters, text: TextMatch | null): SQL {
  const { base, facets } = filterSql(f, text);
  return and([...base, ...Object.values(facets)]);
}

/**
 * ORDER BY over the columns rank, knn (distance order), published_at, pick_up_by and lot_id, of
 * `alias` when given; lot_id breaks ties so that pages never overlap or skip.
 */
export function orderBy(sort: SearchSort, hasText: boolean, alias?: string): SQL {
  const c = (col: string) => sql.raw(alias ? `${alias}.${col}` : col);
  switch (sort) {
    case 'nearest':
      return sql`${c('knn')} ASC, ${c('lot_id')}`;
    case 'deadline':
      return sql`${c('pick_up_by')} ASC NULLS LAST, ${c('lot_id')}`;
    case 'relevance':
      if (hasText) return sql`${c('rank')} DESC, ${c('published_at')} DESC NULLS LAST, ${c('lot_id')}`;
      return sql`${c('published_at')} DESC NULLS LAST, ${c('lot_id')}`;
    case 'newest':
      return sql`${c('published_at')} DESC NULLS LAST, ${c('lot_id')}`;
  }
}

/**
 * Distance order from `near` that the geo GiST index can serve (k-nearest-neighbour): the straight
 * line through the globe between two points grows with the distance along its surface.
 */
export function knnExpression(f: Pick<SearchFilters, 'near'>): SQL {
  return f.near ? sql`(s.geo <-> ${earthOf(f.near)})` : sql`NULL::float8`;
}

