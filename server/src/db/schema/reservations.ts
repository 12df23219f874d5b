import { sql } from 'drizzle-orm';
import { check, index, numeric, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { reservationStatuses } from '@byg360/shared';
import { lots } from './lots.ts';
import { users } from './users.ts';

export const reservationStatus = pgEnum('reservation_status', reservationStatuses);

export const reservations = pgTable(
  'reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => lots.id),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id),
    quantity: numeric('quantity', { precision: 14, scale: 3 }).notNull(),
    status: reservationStatus('status').notNull().default('pending'),
    pickupAt: timestamp('pickup_at', { withTimezone: true }).notNull(),
    message: text('message'),
    reason: text('reason'),
    /** When a pending request lapses if the contractor has not answered. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reservations_lot_idx').on(t.lotId, t.status),
    index('reservations_requester_idx').on(t.requesterId, t.createdAt),
    index('reservations_pending_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'pending'`),
    check('reservations_quantity_positive', sql`${t.quantity} > 0`),
  ],
);
