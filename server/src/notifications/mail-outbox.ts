import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { mailOutbox } from '../db/schema/index.ts';

export interface Mailer {
  send(mail: { to: string; subject: string; body: string }): Promise<void>;
}

export const MAX_ATTEMPTS = 8;
const LEASE_SECONDS = 300;

/** Seconds to wait before the next attempt: 1 min, 2, 4 … capped at 6 h. */
export const backoffSeconds = (attempts: number) => Math.min(60 * 2 ** Math.max(0, attempts - 1), 6 * 3600);

/**
 * Sends due mails. Rows are claimed with FOR UPDATE SKIP LOCKED and leased for a few minutes, so
 * several server instances can run this at once without sending a mail twice; a crash mid-send
 * only delays the mail until the lease runs out.
 */
export async function sendDueMails(db: Db, mailer: Mailer, batchSize = 20): Promise<{ sent: number; failed: number }> {
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(isNull(mailOutbox.sentAt), isNull(mailOutbox.failedAt), lte(mailOutbox.nextAttemptAt, sql`now()`)))
      .orderBy(mailOutbox.createdAt)
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(mailOutbox)
      .set({ nextAttemptAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})`, attempts: sql`${mailOutbox.attempts} + 1` })
      .where(inArray(mailOutbox.id, due.map((d) => d.id)))
      .returning();
  });
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await mailer.send({ to: mail.to, subject: mail.subject, body: mail.body });
      await db.update(mailOutbox).set({ sentAt: sql`now()`, lastError: null }).where(eq(mailOutbox.id, mail.id));
      sent++;
    } catch (err) {
      failed++;
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await db
        .update(mailOutbox)
        .set({
          lastError: String(err instanceof Error ? err.message : err).slice(0, 1000),
          nextAttemptAt: sql`now() + make_interval(secs => ${backoffSeconds(mail.attempts)})`,
          failedAt: giveUp ? sql`now()` : null,
        })
        .where(eq(mailOutbox.id, mail.id));
    }
  }
  return { sent, failed };
}
