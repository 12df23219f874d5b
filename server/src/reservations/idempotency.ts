import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { idempotencyKeys } from '../db/schema/index.ts';
import { conflict, invalid } from '../lib/errors.ts';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_\-:.]{8,200}$/;

export function requestHash(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export function checkKey(key: string) {
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw invalid('Idempotency-Key must be 8–200 characters of letters, digits and - _ : .', [{ path: 'Idempotency-Key', message: 'Malformed key' }]);
  }
}

/**
 * The stored response for a key that another request claimed first. The claim (an insert that does
 * nothing on conflict) waited until that request committed, so its response is there to replay; a
 * key used for another request is refused.
 */
export async function findReplay<T>(tx: Tx, userId: string, key: string, scope: string, hash: string): Promise<{ statusCode: number; body: T }> {
  const [existing] = await tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  if (!existing || existing.scope !== scope || existing.requestHash !== hash) {
    throw conflict('This Idempotency-Key was already used for a different request');
  }
  return { statusCode: existing.statusCode ?? 200, body: existing.response as T };
}

/** Keys are kept for at least 24 hours; older ones are removed by the background job. */
export async function pruneKeys(db: Db, olderThanHours = 48) {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${olderThanHours})`));
}
