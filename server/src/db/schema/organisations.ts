import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisationKinds } from '@byg360/shared';
import { municipalities } from './municipalities.ts';

export const organisationKind = pgEnum('organisation_kind', organisationKinds);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: organisationKind('kind').notNull(),
    cvr: text('cvr'),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    verified: boolean('verified').notNull().default(false),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_kind_idx').on(t.kind),
    check('organisations_name_not_blank', sql`length(trim(${t.name})) > 0`),
  ],
);
