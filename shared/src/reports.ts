import { z } from 'zod';
import { co2eScopes, unitSchema } from './categories.ts';
import { idSchema, municipalityCodeSchema } from './common.ts';
import { isoDateSchema } from './decimal.ts';
import { lotStatusSchema } from './lots.ts';
import { postcodeSchema } from './planned-demolitions.ts';
import { buildingUseSchema } from './projects.ts';
import { pointObjectSchema } from './search.ts';

/** The planner's reports: supply vs demand, learning cases, and their exports. */

export const reportGranularities = ['month', 'quarter', 'year'] as const;
export const reportFormats = ['json', 'csv', 'xlsx'] as const;
export const reportLocales = ['da', 'en'] as const;
export type ReportLocale = (typeof reportLocales)[number];
export const reportBreakdowns = ['categories', 'periods', 'areas', 'lots'] as const;
export type ReportBreakdown = (typeof reportBreakdowns)[number];

export const supplyDemandQuerySchema = z.object({
  from: isoDateSchema.optional().describe('first day (Danish time), inclusive; default 1 January two years ago'),
  to: isoDateSchema.optional().describe('last day (Danish time), inclusive; default 31 December ten years ahead'),
  granularity: z.enum(reportGranularities).default('year'),
  municipality: municipalityCodeSchema.optional().describe('administrators: one municipality (default all); planners: only their own'),
  postcode: postcodeSchema.optional(),
  category: z.string().trim().min(1).max(100).optional().describe('category slug; a top-level slug includes its subcategories'),
  format: z.enum(reportFormats).default('json'),
  locale: z.enum(reportLocales).default('da').describe('CSV/XLSX: da = semicolons, decimal comma and Danish headers; en = commas, decimal point'),
  breakdown: z.enum(reportBreakdowns).default('categories').describe('CSV only (one table per file): which breakdown; XLSX has them all as sheets'),
});
export type SupplyDemandQuery = z.output<typeof supplyDemandQuerySchema>;

/**
 * The measures, each dated by its own event and counted where the material is (the project's,
 * planned demolition's or wanted post's municipality and postcode).
 */
export const reportMeasures = ['potential', 'listed', 'reserved', 'collected', 'reused', 'recycled', 'disposed', 'demand', 'unmet'] as const;
export type ReportMeasure = (typeof reportMeasures)[number];

export const measureDefinitions: Record<ReportMeasure, { da: string; en: string }> = {
  potential: {
    en: 'Potential supply: estimated material of planned demolitions (floor area × kg/m² of the building archetype), dated 1 January of the expected year',
    da: 'Potentielt udbud: anslåede materialer fra planlagte nedrivninger (etageareal × kg/m² for bygningstypen), dateret 1. januar i det forventede år',
  },
  listed: { en: 'Listed: quantity of lots first published in the period', da: 'Udbudt: mængde i partier, der første gang blev publiceret i perioden' },
  reserved: { en: 'Reserved: reservations still pending or accepted, by the day they were requested', da: 'Reserveret: reservationer, der afventer eller er accepteret, efter den dag de blev anmodet' },
  collected: { en: 'Collected: reservations marked as picked up (reused via the exchange), by the day of pick-up', da: 'Afhentet: reservationer markeret som afhentet (genbrugt via børsen), efter afhentningsdagen' },
  reused: { en: 'Reused: outcome recorded for lots of completed projects, by the day it was recorded', da: 'Genbrugt: registreret udfald for partier i afsluttede projekter, efter registreringsdagen' },
  recycled: { en: 'Recycled: outcome as above', da: 'Genanvendt: udfald som ovenfor' },
  disposed: { en: 'Disposed: outcome as above', da: 'Bortskaffet: udfald som ovenfor' },
  demand: { en: 'Demand: wanted posts (open or fulfilled; withdrawn ones excluded) created in the period', da: 'Efterspørgsel: efterlysninger (åbne eller opfyldte; lukkede fraregnet) oprettet i perioden' },
  unmet: {
    en: 'Unmet demand: demand − reserved − collected, floored at 0, computed per category, period and postcode (the report’s finest cell) and added up from there',
    da: 'Udækket efterspørgsel: efterspørgsel − reserveret − afhentet, mindst 0, beregnet pr. kategori, periode og postnummer og lagt sammen derfra',
  },
};

/** One measure in three units: the lot's unit (null when several units meet), tonnes, tonnes CO2e. Exact decimal strings. */
export const measureValueSchema = z.object({
  quantity: z.string().nullable().describe('in the row’s unit; null when the row mixes units or the mass cannot be converted'),
  t: z.string().describe('tonnes, from each item’s unit and its category’s kg per unit; items without a known mass count 0 (see withoutMass)'),
  tCo2e: z.string().describe('tonnes CO2e avoided if reused: mass × the category’s CO2e factor; categories without a factor count 0'),
});
export type MeasureValue = z.infer<typeof measureValueSchema>;

export const reportRowSchema = z.object({
  level: z.enum(['category', 'group', 'total']).describe('category: material as recorded; group: a top-level category and its subcategories; total: all'),
  categoryId: idSchema.nullable(),
  categorySlug: z.string().nullable(),
  /** The top-level category a row belongs to (its own slug for groups and for items recorded on a top-level category). */
  groupSlug: z.string().nullable(),
  nameDa: z.string().nullable(),
  nameEn: z.string().nullable(),
  ewcCode: z.string().nullable(),
  period: z.string().nullable().describe('periods breakdown: "2026", "2026-Q1" or "2026-03"'),
  postcode: z.string().nullable().describe('areas breakdown: the postcode (null: wanted posts without one)'),
  unit: unitSchema.nullable(),
  measures: z
    .object(Object.fromEntries(reportMeasures.map((m) => [m, measureValueSchema])) as Record<ReportMeasure, typeof measureValueSchema>)
    .describe(reportMeasures.map((m) => `${m}: ${measureDefinitions[m].en}.`).join(' ')),
  reuseRate: z.string().nullable().describe('reused ÷ (reused + recycled + disposed) by mass, 4 decimals; null without outcomes'),
  lotsListed: z.number().int(),
  wantedPosts: z.number().int(),
  withoutMass: z.number().int().describe('items (lots, reservations, outcomes, wanted posts) whose unit has no known mass, so missing from t and t CO2e'),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

/** A row of the areas breakdown: also where to draw its postcode, so that a map needs no other request. */
export const reportAreaRowSchema = reportRowSchema.extend({
  position: pointObjectSchema
    .nullable()
    .describe('the postcode’s centre (WGS84) from the known towns: the first by name where several share it; null for an unknown postcode and for rows without one'),
});
export type ReportAreaRow = z.infer<typeof reportAreaRowSchema>;

export const reportFactorSchema = z.object({
  categoryId: idSchema,
  slug: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  unit: unitSchema,
  kgPerUnit: z.string().nullable(),
  co2eKgPerKg: z.string().nullable(),
  co2eScope: z.enum(co2eScopes).nullable(),
  ewcCode: z.string().nullable(),
  source: z.string().nullable(),
});
export type ReportFactor = z.infer<typeof reportFactorSchema>;

export const reportIntensitySchema = z.object({
  id: idSchema,
  archetype: z.string(),
  categorySlug: z.string(),
  kgPerM2: z.string(),
  source: z.string(),
});

export const reportPeriodSchema = z.object({ key: z.string(), start: z.string(), end: z.string() });

export const supplyDemandReportSchema = z
  .object({
    generatedAt: z.string(),
    filters: z.object({
      from: z.string(),
      to: z.string(),
      granularity: z.enum(reportGranularities),
      municipality: z.string().nullable(),
      postcode: z.string().nullable(),
      category: z.string().nullable(),
    }),
    periods: z.array(reportPeriodSchema),
    byCategory: z.array(reportRowSchema),
    byPeriod: z.array(reportRowSchema),
    byArea: z.array(reportAreaRowSchema),
    factors: z.array(reportFactorSchema).describe('the factors of every category in the report, with their sources'),
    intensities: z.array(reportIntensitySchema).describe('the material-intensity rows the potential supply was estimated with'),
    plannedDemolitions: z.object({ count: z.number().int(), withoutEstimate: z.number().int() }),
    definitions: z.record(z.string(), z.string()),
  })
  .describe(
    'Supply vs demand. Each breakdown holds category rows, group rows (sum of their category rows) and one total row (sum of the groups) per period or postcode; ' +
      'every figure of a coarser row is the exact sum of the finer ones (unmet demand included, as it is computed per cell), and the reuse rate is the ratio of the summed masses.',
  );
export type SupplyDemandReport = z.infer<typeof supplyDemandReportSchema>;

// ── Learning cases ──────────────────────────────────────────────────────────────────

const fateFields = {
  harvestedT: z.string().describe('lots listed from the project (not drafts)'),
  reusedT: z.string(),
  recycledT: z.string(),
  disposedT: z.string(),
  reusedTCo2e: z.string().describe('t CO2e avoided by the reuse'),
  reuseRate: z.string().nullable(),
  withoutMass: z.number().int(),
};

export const learningCaseCategorySchema = z.object({
  categoryId: idSchema,
  slug: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  ewcCode: z.string().nullable(),
  unit: unitSchema.nullable(),
  harvestedQuantity: z.string().nullable(),
  reusedQuantity: z.string().nullable(),
  recycledQuantity: z.string().nullable(),
  disposedQuantity: z.string().nullable(),
  ...fateFields,
});
export const learningCaseEwcSchema = z.object({ ewcCode: z.string().nullable(), ...fateFields });

export const learningCaseSchema = z.object({
  id: idSchema,
  title: z.string(),
  address: z.string(),
  postcode: z.string(),
  city: z.string().nullable(),
  municipalityCode: z.string(),
  organisation: z.object({ id: idSchema, name: z.string() }),
  buildingUse: buildingUseSchema,
  constructionYear: z.number().int().nullable(),
  floorAreaM2: z.string().nullable(),
  completedAt: z.string().nullable(),
  ...fateFields,
});
export type LearningCase = z.infer<typeof learningCaseSchema>;

export const learningCaseListQuerySchema = z.object({ municipality: municipalityCodeSchema.optional() });
export const learningCaseListResponseSchema = z
  .object({
    municipality: z.string().nullable(),
    projects: z.array(learningCaseSchema),
    summary: z.object({ projects: z.number().int(), ...fateFields, byEwc: z.array(learningCaseEwcSchema), byCategory: z.array(learningCaseCategorySchema) }),
    factors: z.array(reportFactorSchema),
  })
  .describe('Completed demolition projects of verified organisations (public learning material), and what became of their materials; planners and admins also see unverified organisations’ projects in their scope');
export const learningCaseDetailSchema = z.object({
  project: learningCaseSchema,
  byCategory: z.array(learningCaseCategorySchema),
  byEwc: z.array(learningCaseEwcSchema),
  factors: z.array(reportFactorSchema),
});

// ── GeoJSON export ──────────────────────────────────────────────────────────────────

export const lotsGeojsonQuerySchema = z.object({
  municipality: municipalityCodeSchema.optional(),
  postcode: postcodeSchema.optional(),
  category: z.string().trim().min(1).max(100).optional(),
  status: lotStatusSchema.optional(),
});
