import { doublePrecision, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './municipalities.ts';

/** Towns with postcode and centre, to place a project from its postcode when no point is clicked. */
export const places = pgTable('places', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  postcode: text('postcode').notNull(),
  municipalityCode: text('municipality_code')
    .notNull()
    .references(() => municipalities.code),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
}, (t) => [unique('places_postcode_name_key').on(t.postcode, t.name)]);
