import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { mailOutbox, notifications, users } from '../db/schema/index.ts';
import { renderMail, type NotificationKind } from './messages.ts';

type Conn = Db | Tx;

export interface NotificationInput {
  userIds: string[];
  kind: NotificationKind;
  data: Record<string, unknown>;
}

/**
 * Writes the in-app notification and, for each recipient, a mail to the outbox — in the caller's
 * transaction, so that a notification exists exactly when the change it tells about does.
 */
export async function notify(tx: Conn, input: NotificationInput, publicUrl: string) {
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return;
  await tx.insert(notifications).values(ids.map((userId) => ({ userId, kind: input.kind, data: input.data })));
  const recipients = await tx.select({ email: users.email, locale: users.locale }).from(users).where(inArray(users.id, ids));
  await tx.insert(mailOutbox).values(
    recipients.map((r) => {
      const mail = renderMail(input.kind, input.data, r.locale, publicUrl);
      return { to: r.email, subject: mail.subject, body: mail.body };
    }),
  );
}

export async function listNotifications(db: Conn, userId: string, limit = 50) {
  const rows = await db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt)).limit(limit);
  const [unread] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { rows, unread: unread?.n ?? 0 };
}

export async function markRead(db: Conn, userId: string, id?: string) {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function notificationExists(db: Conn, userId: string, id: string) {
  const [row] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.id, id)));
  return Boolean(row);
}
