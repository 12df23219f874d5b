import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, numeric, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { conditionGrades, lotStatuses } from '@byg360/shared';
import { materialCategories, unit } from './material-categories.ts';
import { projects } from './projects.ts';

export const lotStatus = pgEnum('lot_status', lotStatuses);
export const condition = pgEnum('condition', conditionGrades);

export interface LotHazard {
  testedFree: ('asbestos' | 'pcb' | 'lead')[];
  reportRef: string | null;
  note: string | null;
}

export const lots = pgTable(
  'lots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => materialCategories.id),
    title: text('title').notNull(),
    description: text('description'),
    quantity: numeric('quantity', { precision: 14, scale: 3 }).notNull(),
    /**
     * pending + accepted + collected reservations. Kept on the lot so that "never more than the
     * quantity" is one CHECK that holds under any concurrency.
     */
    reservedQuantity: numeric('reserved_quantity', { precision: 14, scale: 3 }).notNull().default('0'),
    unit: unit('unit').notNull(),
    condition: condition('condition').notNull(),
    dimensions: text('dimensions'),
    priceDkk: numeric('price_dkk', { precision: 12, scale: 2 }).notNull().default('0'),
    availableFrom: date('available_from'),
    pickUpBy: date('pick_up_by'),
    hazard: jsonb('hazard').$type<LotHazard>().notNull().default({ testedFree: [], reportRef: null, note: null }),
    status: lotStatus('status').notNull().default('draft'),
    outcomeReused: numeric('outcome_reused', { precision: 14, scale: 3 }),
    outcomeRecycled: numeric('outcome_recycled', { precision: 14, scale: 3 }),
    outcomeDisposed: numeric('outcome_disposed', { precision: 14, scale: 3 }),
    outcomeRecordedAt: timestamp('outcome_recorded_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('lots_project_idx').on(t.projectId),
    index('lots_category_idx').on(t.categoryId),
    index('lots_status_idx').on(t.status),
    check('lots_quantity_positive', sql`${t.quantity} > 0`),
    check('lots_reserved_within_quantity', sql`${t.reservedQuantity} >= 0 AND ${t.reservedQuantity} <= ${t.quantity}`),
    check('lots_price_non_negative', sql`${t.priceDkk} >= 0`),
    check('lots_dates_ordered', sql`${t.availableFrom} IS NULL OR ${t.pickUpBy} IS NULL OR ${t.availableFrom} <= ${t.pickUpBy}`),
    check(
      'lots_outcome_within_quantity',
      sql`(${t.outcomeReused} IS NULL AND ${t.outcomeRecycled} IS NULL AND ${t.outcomeDisposed} IS NULL) OR (${t.outcomeReused} >= 0 AND ${t.outcomeRecycled} >= 0 AND ${t.outcomeDisposed} >= 0 AND ${t.outcomeReused} + ${t.outcomeRecycled} + ${t.outcomeDisposed} <= ${t.quantity})`,
    ),
  ],
);
