import { integer, pgTable, timestamp } from 'drizzle-orm/pg-core';

/** Lets `npm run reindex` pause the outbox worker while it rebuilds the index. */
export const searchIndexState = pgTable('search_index_state', {
  id: integer('id').primaryKey(),
  pausedUntil: timestamp('paused_until', { withTimezone: true }),
});
