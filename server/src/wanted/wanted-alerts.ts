import type { FastifyBaseLogger } from 'fastify';
import { savedSearchSchema } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { notify } from '../notifications/notifications-repository.ts';
import { claimPublishedLots, findAlertCandidates, lotMatchesSearch, recordAlerts } from './wanted-alerts-repository.ts';

/**
 * Alerts wanted posts about newly published lots. A trigger queues each lot in the transaction
 * that publishes it (form, status change or import alike); this job, run every few seconds,
 * matches the queue against the open posts and notifies the posters (in-app and by mail) in one
 * transaction with the alert records, so that a pair is alerted once.
 */
export async function sendWantedAlerts(db: Db, publicUrl: string, log?: Pick<FastifyBaseLogger, 'error'>, batch = 100): Promise<number> {
  return db.transaction(async (tx) => {
    let sent = 0;
    for (const lotId of await claimPublishedLots(tx, batch)) {
      try {
        // A savepoint per lot: one lot that cannot be matched does not hold back the others.
        sent += await tx.transaction((sp) => alertAboutLot(sp, lotId, publicUrl));
      } catch (err) {
        log?.error({ err, lotId }, 'wanted alerts for a lot failed');
      }
    }
    return sent;
  });
}

export async function alertAboutLot(tx: Tx, lotId: string, publicUrl: string): Promise<number> {
  const candidates = await findAlertCandidates(tx, lotId);
  const matching: typeof candidates = [];
  for (const c of candidates) {
    if (c.search === null) {
      matching.push(c);
      continue;
    }
    const filters = savedSearchSchema.safeParse(c.search);
    if (filters.success && (await lotMatchesSearch(tx, lotId, filters.data))) matching.push(c);
  }
  const fresh = new Set(await recordAlerts(tx, lotId, matching.map((c) => c.wanted_id)));
  for (const c of matching) {
    if (!fresh.has(c.wanted_id)) continue;
    await notify(tx, { userIds: [c.user_id], kind: 'wanted_match', data: { lotId, lotTitle: c.lot_title, wantedId: c.wanted_id } }, publicUrl);
  }
  return fresh.size;
}
