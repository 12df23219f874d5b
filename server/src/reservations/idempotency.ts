import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { idempotencyKeys } from '../db/schema/index.ts';
import { conflict, invalid } from '../lib/errors.ts';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_\-:.]{8,200}$/;

export function requestHash(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export type Replay<T> = { replay: true; statusCode: number; body: T } | { replay: false };

/**
 * Claims an idempotency key inside the caller's transaction. A concurrent request with the same key
 * waits on the primary key until the first one commits, then finds the stored response and replays
 * it; if the first one rolled back, the key is free again and this request proceeds.
 */
export async function claimKey<T>(tx: Tx, userId: string, key: string, scope: string, hash: string): Promise<Replay<T>> {
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw invalid('Idempotency-Key must be 8–200 characters of letters, digits and - _ : .', [{ path: 'Idempotency-Key', message: 'Malformed key' }]);
  }
  const [claimed] = await tx.insert(idempotencyKeys).values({ userId, key, scope, requestHash: hash }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (claimed) return { replay: false };
  const [existing] = await tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  if (!existing || existing.scope !== scope || existing.requestHash !== hash) {
    throw conflict('This Idempotency-Key was already used for a different request');
  }
  return { replay: true, statusCode: existing.statusCode ?? 200, body: existing.response as T };
}

export async function storeResponse(tx: Tx, userId: string, key: string, statusCode: number, body: unknown) {
  await tx.update(idempotencyKeys).set({ statusCode, response: body }).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
}

/** Keys are kept for at least 24 hours; older ones are removed by the background job. */
export async function pruneKeys(db: Db, olderThanHours = 48) {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${olderThanHours})`));
}
