import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { textArray } from './search-sql.ts';

export interface OutboxRow {
  lotId: string;
  seq: number;
  attempts: number;
}

/** How long a worker may take to push what it claimed before another worker may take it over. */
export const LEASE_SECONDS = 120;

/**
 * Claims up to `limit` due rows, oldest change first, with FOR UPDATE SKIP LOCKED and a lease, so
 * that several instances share the work without pushing the same lot at once. Nothing is claimed
 * while a reindex has paused the outbox.
 */
export async function claimOutbox(db: Db, limit: number): Promise<OutboxRow[]> {
  const { rows } = await db.execute<{ lot_id: string; seq: string | number; attempts: number }>(sql`
    UPDATE search_outbox o SET claimed_until = now() + make_interval(secs => ${LEASE_SECONDS})
    FROM (
      SELECT lot_id FROM search_outbox
      WHERE next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
        AND NOT EXISTS (SELECT 1 FROM search_index_state WHERE paused_until > now())
      ORDER BY seq
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) due
    WHERE o.lot_id = due.lot_id
    RETURNING o.lot_id, o.seq, o.attempts`);
  return rows.map((r) => ({ lotId: r.lot_id, seq: Number(r.seq), attempts: r.attempts })).sort((a, b) => a.seq - b.seq);
}

/**
 * Removes the rows that were pushed; a row whose lot changed again meanwhile has a newer seq and
 * stays, released for the next run.
 */
export async function completeOutbox(db: Db, rows: OutboxRow[]) {
  if (rows.length === 0) return;
  const ids = textArray(rows.map((r) => r.lotId));
  await db.execute(sql`
    DELETE FROM search_outbox o
    USING unnest(${ids}::uuid[], ${textArray(rows.map((r) => String(r.seq)))}::bigint[]) AS done(lot_id, seq)
    WHERE o.lot_id = done.lot_id AND o.seq = done.seq`);
  await db.execute(sql`UPDATE search_outbox SET claimed_until = NULL WHERE lot_id = ANY(${ids}::uuid[])`);
}

/** Puts the rows back with the error, for another attempt after 2, 4, 8 … seconds, at most 5 minutes. */
export async function failOutbox(db: Db, rows: OutboxRow[], error: string) {
  if (rows.length === 0) return;
  await db.execute(sql`
    UPDATE search_outbox SET
      attempts = attempts + 1,
      next_attempt_at = now() + make_interval(secs => least(300, power(2, greatest(1, attempts + 1)))),
      last_error = ${error.slice(0, 1000)},
      claimed_until = NULL
    WHERE lot_id = ANY(${textArray(rows.map((r) => r.lotId))}::uuid[])`);
}

/** Stops the outbox worker (all instances) until `resumeOutbox`, or for at most `minutes` if the caller dies. */
export async function pauseOutbox(db: Db, minutes: number) {
  await db.execute(sql`
    INSERT INTO search_index_state (id, paused_until) VALUES (1, now() + make_interval(mins => ${minutes}))
    ON CONFLICT (id) DO UPDATE SET paused_until = excluded.paused_until`);
}

export async function resumeOutbox(db: Db) {
  await db.execute(sql`UPDATE search_index_state SET paused_until = NULL WHERE id = 1`);
}
