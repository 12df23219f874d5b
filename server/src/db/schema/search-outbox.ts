import { bigserial, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Lots whose search document must be pushed to Meilisearch: one row per lot, written by the same
 * triggers (and so in the same transaction) as the change. A later change bumps `seq`, so the
 * worker only removes a row when what it pushed is still the latest.
 */
export const searchOutbox = pgTable(
  'search_outbox',
  {
    lotId: uuid('lot_id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** A worker is pushing this row until then; another may take it over afterwards. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (t) => [index('search_outbox_seq_idx').on(t.seq)],
);

