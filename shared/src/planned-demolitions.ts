import { z } from 'zod';
import { co2eScopes, ewcCodeSchema, unitSchema } from './categories.ts';
import { idSchema, municipalityCodeSchema } from './common.ts';
import { decimalSchema } from './decimal.ts';
import { problemIssue } from './problems.ts';
import { importResultSchemas } from './imports.ts';
import { buildingUseSchema, buildingUses } from './projects.ts';

/** Planned demolitions (the potential supply), the material-intensity coefficients that estimate them, and admin edits of factors. */

export const constructionTypes = ['brick', 'half_timbered', 'rubble_stone', 'brick_concrete', 'timber_frame', 'concrete', 'other'] as const;
export const constructionTypeSchema = z.enum(constructionTypes);
export type ConstructionType = z.infer<typeof constructionTypeSchema>;

/**
 * The building archetypes of the material-intensity table (Heeren & Fishman database,
 * doi 10.1038/s41597-019-0021-x), by the key the material_intensities rows carry.
 */
export const archetypeLabels: Record<string, { da: string; en: string }> = {
  'sfh-brick-pre1945': { da: 'Enfamiliehus, murværk, træbjælkelag, før 1945', en: 'Single-family, brick, timber floors, before 1945' },
  'sfh-half-timbered-pre1900': { da: 'Enfamiliehus, bindingsværk med murede tavl, før 1900', en: 'Single-family, half-timbered with masonry infill, before 1900' },
  'sfh-rubble-stone-pre1900': { da: 'Enfamiliehus, kampestensmur, før 1900', en: 'Single-family, rubble-stone masonry, before 1900' },
  'sfh-brick-concrete-1945-1980': { da: 'Enfamiliehus, murværk og betondæk, 1945–80', en: 'Single-family, brick + concrete floors, 1945–80' },
  'sfh-timber-frame-post1980': { da: 'Enfamiliehus, træskelet, efter 1980', en: 'Single-family, timber frame, after 1980' },
  'mfh-brick-pre1945': { da: 'Etagebolig, murværk, før 1945', en: 'Multi-family, brick, before 1945' },
};

const currentYear = new Date().getFullYear();
const latSchema = z.number().min(54.4, 'Latitude must be in Denmark (54.4–57.9)').max(57.9, 'Latitude must be in Denmark (54.4–57.9)');
const lonSchema = z.number().min(7.9, 'Longitude must be in Denmark (7.9–15.3)').max(15.3, 'Longitude must be in Denmark (7.9–15.3)');
export const postcodeSchema = z.string().regex(/^\d{4}$/, 'Postcode must be four digits');

/** Field rules shared by create (with defaults), update (all optional) and the import. */
export const plannedDemolitionFields = {
  address: z.string().trim().min(3, 'Enter the address').max(300).nullable(),
  /** Required unless the address ends in one ("Storegade 1, 3700 Rønne"). */
  postcode: postcodeSchema.nullable(),
  /** Administrators name it (or it follows from the postcode); planners always register in their own municipality. */
  municipalityCode: municipalityCodeSchema.nullable(),
  lat: latSchema.nullable(),
  lon: lonSchema.nullable(),
  buildingUse: buildingUseSchema,
  constructionType: constructionTypeSchema,
  constructionYear: z.number().int().min(1000, 'Enter a year after 1000').max(currentYear, 'The year cannot be in the future').nullable(),
  floorAreaM2: decimalSchema({ scale: 1, max: 1_000_000, positive: true }),
  expectedYear: z.number().int().min(2000, 'Enter a year from 2000').max(currentYear + 50, `Enter a year up to ${currentYear + 50}`),
  note: z.string().trim().max(2000).nullable(),
};

const checkCoordinates = (p: { lat?: number | null; lon?: number | null }, ctx: z.RefinementCtx) => {
  if ((p.lat == null) !== (p.lon == null)) {
    ctx.addIssue(problemIssue({ code: 'coordinates.incomplete', params: {}, message: 'Give both latitude and longitude, or neither' }, ['lon']));
  }
};

export const createPlannedDemolitionBodySchema = z
  .object({
    ...plannedDemolitionFields,
    address: plannedDemolitionFields.address.default(null),
    postcode: plannedDemolitionFields.postcode.default(null),
    municipalityCode: plannedDemolitionFields.municipalityCode.default(null),
    lat: plannedDemolitionFields.lat.default(null),
    lon: plannedDemolitionFields.lon.default(null),
    constructionYear: plannedDemolitionFields.constructionYear.default(null),
    note: plannedDemolitionFields.note.default(null),
  })
  .superRefine((p, ctx) => {
    checkCoordinates(p, ctx);
    if (!p.postcode && !(p.address && postcodeInAddress(p.address))) {
      ctx.addIssue(problemIssue({ code: 'postcode.missing', params: {}, message: 'Give the postcode, or an address that ends with it ("Storegade 1, 3700 Rønne")' }, ['postcode']));
    }
  });
export type CreatePlannedDemolitionBody = z.input<typeof createPlannedDemolitionBodySchema>;

export const updatePlannedDemolitionBodySchema = z
  .object({ ...plannedDemolitionFields, municipalityCode: municipalityCodeSchema })
  .partial()
  .superRefine(checkCoordinates);
export type UpdatePlannedDemolitionBody = z.input<typeof updatePlannedDemolitionBodySchema>;

/** "Storegade 1, 3700 Rønne" → "3700": the last four-digit group followed by a town name or the end. */
export function postcodeInAddress(address: string): string | null {
  const matches = [...address.matchAll(/(?:^|[\s,])(\d{4})(?=\s+\p{L}|\s*$)/gu)];
  return matches.at(-1)?.[1] ?? null;
}

export const estimateItemSchema = z.object({
  intensityId: idSchema,
  categoryId: idSchema,
  categorySlug: z.string(),
  categoryNameDa: z.string(),
  categoryNameEn: z.string(),
  kgPerM2: z.string(),
  /** floor area × kg per m², exact. */
  kg: z.string(),
  /** The same in the category's default unit (rounded to 3 decimals), where its mass per unit is known. */
  quantity: z.string().nullable(),
  unit: unitSchema,
  /** kg × the category's CO2e factor; null where the category has none. */
  co2eKg: z.string().nullable(),
  source: z.string(),
});
export type EstimateItem = z.infer<typeof estimateItemSchema>;

export const estimateSchema = z
  .object({
    archetype: z.string().nullable().describe('key of the material-intensity archetype used; null when none fits (no estimate)'),
    archetypeLabel: z.object({ da: z.string(), en: z.string() }).nullable(),
    match: z
      .enum(['exact', 'nearest-era', 'none'])
      .describe('exact: use, construction type and year fit the archetype; nearest-era: use and type fit, the year lies outside (or is unknown) and the nearest era was taken; none: no archetype for this use and type'),
    totalKg: z.string(),
    totalCo2eKg: z.string(),
    items: z.array(estimateItemSchema),
  })
  .describe(
    'Estimated material = floor area × kg/m² of the chosen archetype, per category. The archetype is the one whose building uses include the building’s use and whose construction types include its type; ' +
      'among those, one whose year range contains the construction year, otherwise the one whose range is nearest to it (unknown year: the oldest). Mortar and plaster are not estimated: they are not reusable products.',
  );
export type Estimate = z.infer<typeof estimateSchema>;

export const plannedDemolitionSchema = z.object({
  id: idSchema,
  municipalityCode: z.string(),
  address: z.string().nullable(),
  postcode: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  buildingUse: buildingUseSchema,
  constructionType: constructionTypeSchema,
  constructionYear: z.number().int().nullable(),
  floorAreaM2: z.string(),
  expectedYear: z.number().int(),
  note: z.string().nullable(),
  estimate: estimateSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlannedDemolition = z.infer<typeof plannedDemolitionSchema>;

export const plannedDemolitionListQuerySchema = z.object({
  municipality: municipalityCodeSchema.optional().describe('administrators only; planners always see their own municipality'),
  postcode: postcodeSchema.optional(),
  expectedFrom: z.coerce.number().int().optional().describe('expected year from (inclusive)'),
  expectedTo: z.coerce.number().int().optional().describe('expected year to (inclusive)'),
});
export const plannedDemolitionListResponseSchema = z.object({
  plannedDemolitions: z.array(plannedDemolitionSchema),
  /** Sum of the estimates of the listed demolitions, per category. */
  totals: z.array(estimateItemSchema.omit({ intensityId: true, kgPerM2: true, source: true })),
  totalKg: z.string(),
  totalCo2eKg: z.string(),
});

// ── Import ──────────────────────────────────────────────────────────────────────────

export const plannedDemolitionImportColumns = [
  { key: 'address', da: 'Adresse', en: 'Address', required: false },
  { key: 'postcode', da: 'Postnummer', en: 'Postcode', required: false },
  { key: 'buildingUse', da: 'Anvendelse', en: 'Building use', required: true },
  { key: 'constructionType', da: 'Ydervægsmateriale', en: 'Construction type', required: true },
  { key: 'constructionYear', da: 'Opførelsesår', en: 'Construction year', required: false },
  { key: 'floorAreaM2', da: 'Samlet bygningsareal', en: 'Floor area', required: true },
  { key: 'expectedYear', da: 'Forventet nedrivningsår', en: 'Expected year', required: true },
  { key: 'note', da: 'Bemærkning', en: 'Note', required: false },
  { key: 'municipalityCode', da: 'Kommunekode', en: 'Municipality code', required: false },
  { key: 'lat', da: 'Breddegrad', en: 'Latitude', required: false },
  { key: 'lon', da: 'Længdegrad', en: 'Longitude', required: false },
] as const;
export type PlannedDemolitionImportColumnKey = (typeof plannedDemolitionImportColumns)[number]['key'];

export const plannedDemolitionPreviewSchema = z.object({
  address: z.string().nullable(),
  postcode: z.string(),
  municipalityCode: z.string(),
  buildingUse: buildingUseSchema,
  constructionType: constructionTypeSchema,
  constructionYear: z.number().int().nullable(),
  floorAreaM2: z.string(),
  expectedYear: z.number().int(),
  archetype: z.string().nullable(),
  estimatedKg: z.string(),
});

const plannedDemolitionImportSchemas = importResultSchemas({ itemKey: 'plannedDemolition', item: plannedDemolitionPreviewSchema, idsKey: 'ids' });

export const plannedDemolitionImportResultSchema = plannedDemolitionImportSchemas.result;
export const plannedDemolitionImportRejectedSchema = plannedDemolitionImportSchemas.rejected;
export type PlannedDemolitionImportResult = z.infer<typeof plannedDemolitionImportResultSchema>;

// ── Factors an administrator edits ──────────────────────────────────────────────────

export const materialIntensitySchema = z.object({
  id: idSchema,
  archetype: z.string(),
  archetypeLabel: z.object({ da: z.string(), en: z.string() }).nullable(),
  buildingUses: z.array(z.enum(buildingUses)),
  constructionTypes: z.array(constructionTypeSchema),
  yearFrom: z.number().int().nullable(),
  yearTo: z.number().int().nullable(),
  categoryId: idSchema,
  categorySlug: z.string(),
  categoryNameDa: z.string(),
  categoryNameEn: z.string(),
  kgPerM2: z.string(),
  source: z.string(),
});
export type MaterialIntensity = z.infer<typeof materialIntensitySchema>;
export const materialIntensityListResponseSchema = z.object({ materialIntensities: z.array(materialIntensitySchema) });

const sourceSchema = z.string().trim().min(3, 'Name the source (publication or URL) of the new value').max(4000);

export const updateMaterialIntensityBodySchema = z
  .object({
    kgPerM2: decimalSchema({ scale: 2, max: 100_000 }).optional(),
    source: sourceSchema.optional().describe('required when kgPerM2 changes'),
  })
  .refine((b) => b.kgPerM2 !== undefined || b.source !== undefined, { message: 'Nothing to change' });

export const updateCategoryFactorsBodySchema = z
  .object({
    kgPerUnit: decimalSchema({ scale: 4, max: 1_000_000 }).nullable().optional(),
    co2eKgPerKg: decimalSchema({ scale: 4, max: 100 }).nullable().optional(),
    co2eScope: z.enum(co2eScopes).nullable().optional(),
    ewcCode: ewcCodeSchema.nullable().optional(),
    source: sourceSchema.optional().describe('where the new factors come from; required when kgPerUnit, co2eKgPerKg or co2eScope changes'),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Nothing to change' });
