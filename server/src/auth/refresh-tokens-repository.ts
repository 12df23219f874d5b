import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { refreshTokens } from '../db/schema/index.ts';

type Conn = Db | Tx;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Creates a refresh token (a new family unless one is given) and returns the raw value, which is stored only hashed. */
export async function issueRefreshToken(db: Conn, userId: string, ttlDays: number, familyId: string = randomUUID()) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlDays * 86_400_000);
  await db.insert(refreshTokens).values({ userId, familyId, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

/**
 * Marks the token used in one conditional update, so that two concurrent refreshes with the same
 * token cannot both succeed. Returns the token's user and family, or why it was refused.
 */
export async function consumeRefreshToken(db: Conn, token: string) {
  const tokenHash = hashToken(token);
  const [used] = await db
    .update(refreshTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt), gt(refreshTokens.expiresAt, sql`now()`)))
    .returning({ userId: refreshTokens.userId, familyId: refreshTokens.familyId });
  if (used) return { ok: true as const, ...used };
  const [known] = await db.select({ familyId: refreshTokens.familyId, usedAt: refreshTokens.usedAt }).from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
  if (!known) return { ok: false as const, reason: 'unknown' as const };
  if (known.usedAt) return { ok: false as const, reason: 'reused' as const, familyId: known.familyId };
  return { ok: false as const, reason: 'expired' as const, familyId: known.familyId };
}

export async function revokeFamily(db: Conn, familyId: string) {
  await db.update(refreshTokens).set({ revokedAt: sql`now()` }).where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

export async function findFamilyOf(db: Conn, token: string) {
  const [row] = await db.select({ familyId: refreshTokens.familyId }).from(refreshTokens).where(eq(refreshTokens.tokenHash, hashToken(token)));
  return row?.familyId ?? null;
}
