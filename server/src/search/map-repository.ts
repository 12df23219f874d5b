import { sql, type SQL } from 'drizzle-orm';
import type { SearchFilters } from '@byg360/shared';
import type { Db } from '../db/client.ts';
import { executeSearch } from './search-repository.ts';
import { whereOf, type TextMatch } from './search-sql.ts';

export interface CellRow extends Record<string, unknown> {
  n: number;
  lat: number;
  lon: number;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  categories: Record<string, number>;
  /** The lot, when the cell holds only one. */
  lot: SingleLot | null;
}

export interface SingleLot {
  id: string;
  title: string;
  category: string;
  quantityLeft: string;
  unit: 'pcs' | 'm' | 'm2' | 'm3' | 'kg' | 't';
  coverKey: string | null;
  lat: number;
  lon: number;
}

const lotJson = sql`json_build_object('id', l.id, 'title', l.title, 'category', cat.slug, 'quantityLeft', (l.quantity - l.reserved_quantity)::text,
  'unit', l.unit, 'coverKey', ph.storage_key, 'lat', p.lat, 'lon', p.lon)`;
const coverJoin = sql`LEFT JOIN LATERAL (SELECT x.storage_key FROM lot_photos x WHERE x.lot_id = l.id ORDER BY x.is_cover DESC, x.position, x.created_at LIMIT 1) ph ON TRUE`;

/**
 * Lots grouped on a Web-Mercator grid of `cellsPerWorld` × `cellsPerWorld` cells: count, centroid,
 * extent and count by top-level category per cell, and the lot itself where a cell holds one.
 */
export function clusterStatement(filters: SearchFilters, text: TextMatch | null, cellsPerWorld: number): SQL {
  return sql`
    WITH f AS (
      SELECT s.lot_id, s.lat, s.lon, s.top_category_id, floor(s.merc_x * ${cellsPerWorld}::float8) AS cx, floor(s.merc_y * ${cellsPerWorld}::float8) AS cy
      FROM lot_search s WHERE ${whereOf(filters, text)}
    ), by_category AS (
      SELECT cx, cy, top_category_id, count(*)::int AS n, sum(lat) AS slat, sum(lon) AS slon,
        min(lon) AS min_lon, min(lat) AS min_lat, max(lon) AS max_lon, max(lat) AS max_lat, (array_agg(lot_id))[1] AS any_id
      FROM f GROUP BY cx, cy, top_category_id
    ), cells AS (
      SELECT cx, cy, sum(b.n)::int AS n, sum(b.slat) / sum(b.n) AS lat, sum(b.slon) / sum(b.n) AS lon,
        min(b.min_lon) AS min_lon, min(b.min_lat) AS min_lat, max(b.max_lon) AS max_lon, max(b.max_lat) AS max_lat,
        json_object_agg(c.slug, b.n) AS categories, (array_agg(b.any_id))[1] AS any_id
      FROM by_category b JOIN material_categories c ON c.id = b.top_category_id
      GROUP BY cx, cy
    )
    SELECT cells.n, cells.lat, cells.lon, cells.min_lon, cells.min_lat, cells.max_lon, cells.max_lat, cells.categories,
      CASE WHEN cells.n = 1 THEN ${lotJson} END AS lot
    FROM cells
    LEFT JOIN lots l ON cells.n = 1 AND l.id = cells.any_id
    LEFT JOIN projects p ON p.id = l.project_id
    LEFT JOIN material_categories cat ON cat.id = l.category_id
    ${coverJoin}
    ORDER BY cells.cy, cells.cx`;
}

export async function clusterCells(db: Db, filters: SearchFilters, text: TextMatch | null, cellsPerWorld: number): Promise<CellRow[]> {
  const { rows } = await executeSearch<CellRow>(db, clusterStatement(filters, text, cellsPerWorld), [text]);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Every matching lot in the view, up to `limit`, for zooms where lots are shown one by one. */
export async function lotsInView(db: Db, filters: SearchFilters, text: TextMatch | null, limit: number): Promise<SingleLot[]> {
  const { rows } = await executeSearch<{ lot: SingleLot }>(db, sql`
    SELECT ${lotJson} AS lot
    FROM lot_search s
    JOIN lots l ON l.id = s.lot_id
    JOIN projects p ON p.id = l.project_id
    JOIN material_categories cat ON cat.id = l.category_id
    ${coverJoin}
    WHERE ${whereOf(filters, text)}
    ORDER BY s.lot_id
    LIMIT ${limit}`, [text]);
  return rows.map((r) => r.lot);
}
