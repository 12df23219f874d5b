import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { buildingUses, projectStatuses } from '@byg360/shared';
import { municipalities } from './municipalities.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

export const projectStatus = pgEnum('project_status', projectStatuses);
export const buildingUse = pgEnum('building_use', buildingUses);

export interface ScreeningFindings {
  asbestos: boolean;
  pcb: boolean;
  lead: boolean;
  other: string | null;
}

export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by').references(() => users.id),
    title: text('title').notNull(),
    address: text('address').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city'),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    buildingUse: buildingUse('building_use').notNull(),
    constructionYear: integer('construction_year'),
    floorAreaM2: numeric('floor_area_m2', { precision: 10, scale: 1 }),
    harvestFrom: date('harvest_from'),
    harvestTo: date('harvest_to'),
    description: text('description'),
    status: projectStatus('status').notNull().default('planned'),
    screeningDone: boolean('screening_done').notNull().default(false),
    screeningDate: date('screening_date'),
    screeningReportRef: text('screening_report_ref'),
    screeningFindings: jsonb('screening_findings').$type<ScreeningFindings>().notNull().default({ asbestos: false, pcb: false, lead: false, other: null }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('projects_organisation_idx').on(t.organisationId),
    index('projects_municipality_idx').on(t.municipalityCode),
    check('projects_harvest_window', sql`${t.harvestFrom} IS NULL OR ${t.harvestTo} IS NULL OR ${t.harvestFrom} <= ${t.harvestTo}`),
    check('projects_floor_area_positive', sql`${t.floorAreaM2} IS NULL OR ${t.floorAreaM2} > 0`),
  ],
);
