import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { roles } from '@byg360/shared';
import { organisations } from './organisations.ts';

export const role = pgEnum('role', roles);
export const locale = pgEnum('locale', ['da', 'en']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    role: role('role').notNull().default('citizen'),
    locale: locale('locale').notNull().default('da'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    membershipApproved: boolean('membership_approved').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_organisation_idx').on(t.organisationId),
  ],
);
