import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, numeric, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { materialCategories } from './material-categories.ts';
import { municipalities } from './municipalities.ts';
import { organisations } from './organisations.ts';
import { buildingUse } from './projects.ts';
import { users } from './users.ts';

export const constructionType = pgEnum('construction_type', ['brick', 'half_timbered', 'rubble_stone', 'brick_concrete', 'timber_frame', 'concrete', 'other']);

/** A building a municipality expects to be demolished: the potential supply of reusable material. */
export const plannedDemolitions = pgTable(
  'planned_demolitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdBy: uuid('created_by').references(() => users.id),
    address: text('address'),
    postcode: text('postcode').notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    buildingUse: buildingUse('building_use').notNull(),
    constructionType: constructionType('construction_type').notNull().default('brick'),
    constructionYear: integer('construction_year'),
    floorAreaM2: numeric('floor_area_m2', { precision: 10, scale: 1 }).notNull(),
    expectedYear: integer('expected_year').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('planned_demolitions_municipality_idx').on(t.municipalityCode, t.expectedYear),
    check('planned_demolitions_floor_area_positive', sql`${t.floorAreaM2} > 0`),
  ],
);

/**
 * Material intensity: kg of a material category per m² gross floor area for a building archetype
 * (use, construction type, era). Data an administrator can edit; each row keeps its source.
 */
export const materialIntensities = pgTable(
  'material_intensities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    archetype: text('archetype').notNull(),
    buildingUses: buildingUse('building_uses').array().notNull(),
    constructionTypes: constructionType('construction_types').array().notNull(),
    yearFrom: integer('year_from'),
    yearTo: integer('year_to'),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => materialCategories.id),
    kgPerM2: numeric('kg_per_m2', { precision: 10, scale: 2 }).notNull(),
    source: text('source').notNull(),
  },
  (t) => [index('material_intensities_archetype_idx').on(t.archetype), check('material_intensities_non_negative', sql`${t.kgPerM2} >= 0`)],
);
