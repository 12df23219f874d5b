import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { lots } from './lots.ts';

export const lotPhotos = pgTable(
  'lot_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    /** Server-generated storage key; the display and thumbnail files are derived from it. */
    storageKey: text('storage_key').notNull().unique(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    position: integer('position').notNull(),
    isCover: boolean('is_cover').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lot_photos_lot_idx').on(t.lotId, t.position), uniqueIndex('lot_photos_one_cover').on(t.lotId).where(sql`${t.isCover}`)],
);
