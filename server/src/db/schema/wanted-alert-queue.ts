import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Lots that were just published, written by a trigger in the publishing transaction; the wanted-alert job matches them. */
export const wantedAlertQueue = pgTable('wanted_alert_queue', {
  lotId: uuid('lot_id').primaryKey(),
  enqueuedAt: timestamp('enqueued_at', { withTimezone: true }).notNull().defaultNow(),
});
