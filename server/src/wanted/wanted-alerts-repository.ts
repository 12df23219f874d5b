import { sql } from 'drizzle-orm';
import type { SearchFilters } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { textCondition, whereOf } from '../search/search-sql.ts';
import { executeSearch } from '../search/search-repository.ts';
import { planText } from '../search/text-match.ts';

type Conn = Db | Tx;

/** Takes up to `limit` newly published lots off the queue; SKIP LOCKED lets several instances share the work. */
export async function claimPublishedLots(tx: Tx, limit: number): Promise<string[]> {
  const { rows } = await tx.execute<{ lot_id: string }>(sql`
    DELETE FROM wanted_alert_queue
    WHERE lot_id IN (SELECT lot_id FROM wanted_alert_queue ORDER BY enqueued_at, lot_id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING lot_id`);
  return rows.map((r) => r.lot_id);
}

export interface AlertCandidate extends Record<string, unknown> {
  wanted_id: string;
  user_id: string;
  search: Record<string, unknown> | null;
  lot_title: string;
}

/**
 * Open wanted posts that the lot may answer: the category matches (a parent category matches its
 * children) or the post is a saved search, the lot lies within the post's radius, the poster is not
 * a member of the lot's organisation, and the pair has not been alerted before. Saved searches are
 * checked one by one afterwards. Empty when the lot is not (or no longer) searchable.
 */
export async function findAlertCandidates(db: Conn, lotId: string): Promise<AlertCandidate[]> {
  const { rows } = await db.execute<AlertCandidate>(sql`
    SELECT w.id AS wanted_id, w.user_id, w.search, l.title AS lot_title
    FROM lot_search s
    JOIN lots l ON l.id = s.lot_id
    JOIN wanted_posts w ON w.status = 'open' AND (w.needed_by IS NULL OR w.needed_by >= current_date)
    JOIN users u ON u.id = w.user_id
    WHERE s.lot_id = ${lotId}
      AND (w.category_id IS NOT NULL OR w.search IS NOT NULL)
      AND (w.category_id IS NULL OR w.category_id = s.category_id OR w.category_id = s.top_category_id)
      AND earth_distance(ll_to_earth(w.lat, w.lon), s.geo) <= w.radius_km * 1000
      AND u.organisation_id IS DISTINCT FROM s.organisation_id
      AND NOT EXISTS (SELECT 1 FROM wanted_alerts a WHERE a.wanted_id = w.id AND a.lot_id = s.lot_id)
    ORDER BY w.created_at, w.id`);
  return rows;
}

/** Whether the lot passes a saved search's filters; its text matches the words or, like the search's fallback, their corrections. */
export async function lotMatchesSearch(db: Conn, lotId: string, filters: SearchFilters): Promise<boolean> {
  const plan = await planText(db, filters.q);
  const texts = [plan.primary, plan.primary ? await plan.fallback() : null].filter((m) => m !== null);
  const text = texts.length ? sql`(${sql.join(texts.map(textCondition), sql` OR `)})` : sql`TRUE`;
  const { rows } = await executeSearch<{ ok: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM lot_search s WHERE s.lot_id = ${lotId} AND ${whereOf(filters, null)} AND ${text}) AS ok`,
    texts,
  );
  return rows[0]?.ok === true;
}

/** Records the alerts; returns the posts that had not been alerted about this lot yet. */
export async function recordAlerts(db: Conn, lotId: string, wantedIds: string[]): Promise<string[]> {
  if (wantedIds.length === 0) return [];
  const { rows } = await db.execute<{ wanted_id: string }>(sql`
    INSERT INTO wanted_alerts (wanted_id, lot_id)
    SELECT w, ${lotId}::uuid FROM unnest(${`{${wantedIds.join(',')}}`}::uuid[]) AS w
    ON CONFLICT DO NOTHING
    RETURNING wanted_id`);
  return rows.map((r) => r.wanted_id);
}
