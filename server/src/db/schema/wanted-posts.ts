import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, jsonb, numeric, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { materialCategories, unit } from './material-categories.ts';
import { municipalities } from './municipalities.ts';
import { users } from './users.ts';

export const wantedStatus = pgEnum('wanted_status', ['open', 'fulfilled', 'closed']);

/**
 * Demand: a user needs some material near a place, or saved a search. Feeds the demand figures of
 * the reports and alerts the user when a matching lot is published.
 */
export const wantedPosts = pgTable(
  'wanted_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id').references(() => materialCategories.id),
    title: text('title'),
    quantity: numeric('quantity', { precision: 14, scale: 3 }),
    unit: unit('unit'),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    radiusKm: numeric('radius_km', { precision: 6, scale: 1 }).notNull(),
    postcode: text('postcode'),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    neededBy: date('needed_by'),
    note: text('note'),
    /** A saved search (the search page's filters) instead of, or besides, a category. */
    search: jsonb('search').$type<Record<string, unknown>>(),
    status: wantedStatus('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('wanted_posts_category_idx').on(t.categoryId).where(sql`${t.status} = 'open'`),
    index('wanted_posts_user_idx').on(t.userId),
    index('wanted_posts_municipality_idx').on(t.municipalityCode),
    check('wanted_posts_quantity_positive', sql`${t.quantity} IS NULL OR ${t.quantity} > 0`),
    check('wanted_posts_radius', sql`${t.radiusKm} > 0 AND ${t.radiusKm} <= 500`),
    check('wanted_posts_quantity_has_unit', sql`(${t.quantity} IS NULL) = (${t.unit} IS NULL)`),
  ],
);
