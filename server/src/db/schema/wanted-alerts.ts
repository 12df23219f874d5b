import { pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { lots } from './lots.ts';
import { wantedPosts } from './wanted-posts.ts';

/** Which wanted post was alerted about which lot: at most once per pair. */
export const wantedAlerts = pgTable(
  'wanted_alerts',
  {
    wantedId: uuid('wanted_id')
      .notNull()
      .references(() => wantedPosts.id, { onDelete: 'cascade' }),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.wantedId, t.lotId] })],
);
