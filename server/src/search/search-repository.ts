import { sql, type SQL } from 'drizzle-orm';
import type { SearchQuery } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { and, distanceExpression, filterSql, knnExpression, orderBy, rankExpression, type FacetName, type TextMatch } from './search-sql.ts';

type Conn = Db | Tx;

export interface HitRow {
  id: string;
  title: string;
  categoryId: string;
  categorySlug: string;
  categoryNameDa: string;
  categoryNameEn: string;
  condition: 'A' | 'B' | 'C';
  quantityLeft: string;
  unit: 'pcs' | 'm' | 'm2' | 'm3' | 'kg' | 't';
  priceDkk: string;
  lat: number;
  lon: number;
  postcode: string;
  city: string | null;
  municipalityCode: string;
  organisationName: string;
  organisationKind: 'contractor' | 'recycling_station' | 'maker' | 'municipality';
  coverKey: string | null;
  pickUpBy: string | null;
  availableFrom: string | null;
  publishedAt: string | null;
  dist: number | null;
}

export interface SearchRows {
  total: number;
  hits: HitRow[];
  categoryFacet: { id: string; slug: string; parentId: string | null; count: number }[];
  conditionFacet: { value: 'A' | 'B' | 'C'; count: number }[];
  municipalityFacet: { value: string; name: string; count: number }[];
  /** Counts by index into shared `priceBands`. */
  priceFacet: Record<string, number>;
}

/** The display fields of lots, as JSON objects, for a set `page` of (lot_id, dist). */
export const hitJson = sql`json_build_object(
  'id', l.id, 'title', l.title, 'categoryId', c.id, 'categorySlug', c.slug, 'categoryNameDa', c.name_da, 'categoryNameEn', c.name_en,
  'condition', l.condition, 'quantityLeft', (l.quantity - l.reserved_quantity)::text, 'unit', l.unit, 'priceDkk', l.price_dkk::text,
  'lat', p.lat, 'lon', p.lon, 'postcode', p.postcode, 'city', p.city, 'municipalityCode', p.municipality_code,
  'organisationName', o.name, 'organisationKind', o.kind, 'coverKey', ph.storage_key,
  'pickUpBy', l.pick_up_by, 'availableFrom', l.available_from, 'publishedAt', l.published_at, 'dist', pg.dist)`;

export const hitJoins = sql`JOIN lots l ON l.id = pg.lot_id
  JOIN projects p ON p.id = l.project_id
  JOIN organisations o ON o.id = p.organisation_id
  JOIN material_categories c ON c.id = l.category_id
  LEFT JOIN LATERAL (SELECT x.storage_key FROM lot_photos x WHERE x.lot_id = l.id ORDER BY x.is_cover DESC, x.position, x.created_at LIMIT 1) ph ON TRUE`;

/**
 * One statement. The candidates (every filter but the facet filters, with a flag per facet
 * filter) are grouped by the facet columns and flags — a few hundred groups at most — and the total
 * and the facets come from those groups: each facet counts the groups that pass every facet filter
 * but its own. The page is the top of the candidates that pass all of them.
 */
export function searchStatement(query: SearchQuery, text: TextMatch | null): SQL {
  const { base, facets } = filterSql(query, text);
  const flag = (name: FacetName) => facets[name] ?? sql`TRUE`;
  const except = (name: FacetName | null) =>
    sql.raw((['category', 'condition', 'municipality', 'price'] as const).filter((n) => n !== name).map((n) => `f_${n}`).join(' AND '));
  const hasText = text !== null;
  const flags = sql`${flag('category')} AS f_category, ${flag('condition')} AS f_condition, ${flag('municipality')} AS f_municipality, ${flag('price')} AS f_price`;
  const groupedFrom = (source: SQL) => sql`
      SELECT category_id, top_category_id, condition, municipality_code, price_band, f_category, f_condition, f_municipality, f_price, count(*)::int AS n
      FROM ${source}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
  const paging = sql`ORDER BY ${orderBy(query.sort, hasText)} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  // With text the candidates are few and found through the text index: read them once. Without,
  // they can be most of the table: count them from the covering bbox index and take the page
  // through an index on the sort order, rather than hold them all.
  const ctes = hasText
    ? sql`
    WITH base AS MATERIALIZED (
      SELECT s.lot_id, s.category_id, s.top_category_id, s.condition, s.municipality_code, s.price_band, s.published_at, s.pick_up_by,
        ${rankExpression(text)} AS rank, ${distanceExpression(query)} AS dist, ${knnExpression(query)} AS knn, ${flags}
      FROM lot_search s
      WHERE ${and(base)}
    ), grouped AS MATERIALIZED (${groupedFrom(sql`base`)}
    ), page AS (
      SELECT lot_id, rank, dist, knn, published_at, pick_up_by FROM base WHERE ${except(null)} ${paging}
    )`
    : sql`
    WITH grouped AS MATERIALIZED (${groupedFrom(sql`(SELECT s.category_id, s.top_category_id, s.condition, s.municipality_code, s.price_band, ${flags} FROM lot_search s WHERE ${and(base)}) candidates`)}
    ), page AS (
      SELECT s.lot_id, ${rankExpression(text)} AS rank, ${distanceExpression(query)} AS dist, ${knnExpression(query)} AS knn, s.published_at, s.pick_up_by
      FROM lot_search s
      WHERE ${and([...base, ...Object.values(facets)])}
      ${paging}
    )`;
  return sql`${ctes}
    SELECT
      (SELECT coalesce(sum(n), 0)::int FROM grouped WHERE ${except(null)}) AS total,
      (SELECT coalesce(json_agg(${hitJson} ORDER BY ${orderBy(query.sort, hasText, 'pg')}), '[]'::json) FROM page pg ${hitJoins}) AS hits,
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'slug', c.slug, 'parentId', c.parent_id, 'count', x.n) ORDER BY x.n DESC, c.slug), '[]'::json)
        FROM (SELECT cid, sum(n)::int AS n FROM (
          SELECT category_id AS cid, n FROM grouped WHERE ${except('category')}
          UNION ALL
          SELECT top_category_id, n FROM grouped WHERE ${except('category')} AND top_category_id <> category_id
        ) u GROUP BY cid) x JOIN material_categories c ON c.id = x.cid) AS category_facet,
      (SELECT coalesce(json_agg(json_build_object('value', x.condition, 'count', x.n) ORDER BY x.condition), '[]'::json)
        FROM (SELECT condition, sum(n)::int AS n FROM grouped WHERE ${except('condition')} GROUP BY condition) x) AS condition_facet,
      (SELECT coalesce(json_agg(json_build_object('value', x.municipality_code, 'name', coalesce(m.name, x.municipality_code), 'count', x.n) ORDER BY x.n DESC, x.municipality_code), '[]'::json)
        FROM (SELECT municipality_code, sum(n)::int AS n FROM grouped WHERE ${except('municipality')} GROUP BY municipality_code) x
        LEFT JOIN municipalities m ON m.code = x.municipality_code) AS municipality_facet,
      (SELECT coalesce(json_object_agg(x.price_band, x.n), '{}'::json)
        FROM (SELECT price_band, sum(n)::int AS n FROM grouped WHERE ${except('price')} GROUP BY price_band) x) AS price_facet`;
}

/**
 * Runs a search statement with the settings its text match needs, in a transaction so that they
 * apply to it alone. Full text: random reads are cheap (the data is in memory or on SSD) — with the
 * default the planner reads the whole table for a common word rather than use the text index, ten
 * times slower.
 */
export function searchSettings(texts: (TextMatch | null)[]): string[] {
  return texts.some((t) => t !== null) ? ['SET LOCAL random_page_cost = 1.1'] : [];
}

export async function executeSearch<T extends Record<string, unknown>>(db: Conn, statement: SQL, texts: (TextMatch | null)[]) {
  const settings = searchSettings(texts);
  if (settings.length === 0) return db.execute<T>(statement);
  return db.transaction(async (tx) => {
    for (const setting of settings) await tx.execute(sql.raw(setting));
    return tx.execute<T>(statement);
  });
}

export async function runSearch(db: Conn, query: SearchQuery, text: TextMatch | null): Promise<SearchRows> {
  const { rows } = await executeSearch<{
    total: number;
    hits: HitRow[];
    category_facet: SearchRows['categoryFacet'];
    condition_facet: SearchRows['conditionFacet'];
    municipality_facet: SearchRows['municipalityFacet'];
    price_facet: Record<string, number>;
  }>(db, searchStatement(query, text), [text]);
  const row = rows[0]!;
  return {
    total: Number(row.total),
    hits: row.hits,
    categoryFacet: row.category_facet,
    conditionFacet: row.condition_facet,
    municipalityFacet: row.municipality_facet,
    priceFacet: row.price_facet,
  };
}
