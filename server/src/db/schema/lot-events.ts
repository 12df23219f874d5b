import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { lots } from './lots.ts';
import { users } from './users.ts';

/** Every change of a lot: who, when, what (field → from/to). Feeds the lot history and the reports. */
export const lotEvents = pgTable(
  'lot_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => lots.id),
    actorId: uuid('actor_id').references(() => users.id),
    kind: text('kind').notNull(),
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lot_events_lot_idx').on(t.lotId, t.at), index('lot_events_at_idx').on(t.at)],
);
