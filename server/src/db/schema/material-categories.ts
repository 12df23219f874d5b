import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, numeric, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { co2eScopes, units } from '@byg360/shared';

export const unit = pgEnum('unit', units);
export const co2eScope = pgEnum('co2e_scope', co2eScopes);

export const materialCategories = pgTable(
  'material_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    parentId: uuid('parent_id').references((): AnyPgColumn => materialCategories.id),
    nameDa: text('name_da').notNull(),
    nameEn: text('name_en').notNull(),
    defaultUnit: unit('default_unit').notNull(),
    allowedUnits: unit('allowed_units').array().notNull(),
    kgPerUnit: numeric('kg_per_unit', { precision: 14, scale: 4 }),
    co2eKgPerKg: numeric('co2e_kg_per_kg', { precision: 10, scale: 4 }),
    co2eScope: co2eScope('co2e_scope'),
    /** Where kg per unit and the CO2e factor come from, so that a planner can check them. */
    factorSource: text('factor_source'),
    ewcCode: text('ewc_code'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('material_categories_parent_idx').on(t.parentId),
    check('material_categories_factors_non_negative', sql`${t.kgPerUnit} >= 0 AND ${t.co2eKgPerKg} >= 0`),
    check('material_categories_default_unit_allowed', sql`${t.defaultUnit} = ANY(${t.allowedUnits})`),
  ],
);
