import { z } from 'zod';
import { unitSchema } from './categories.ts';
import { idSchema } from './common.ts';
import { isoDateSchema } from './decimal.ts';
import { quantitySchema } from './lots.ts';
import { searchFilterFields, searchFiltersSchema } from './search.ts';

export const wantedStatuses = ['open', 'fulfilled', 'closed'] as const;
export const wantedStatusSchema = z.enum(wantedStatuses);
export type WantedStatus = z.infer<typeof wantedStatusSchema>;

/** A saved search: the search page's filters (no sort or paging). */
export const savedSearchSchema = searchFiltersSchema;

const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);

const wantedFields = {
  categoryId: idSchema.nullable().optional().describe('what is wanted; a parent category also matches lots of its children'),
  search: savedSearchSchema.nullable().optional().describe('or (and) a saved search: new lots matching it alert the poster'),
  title: z.string().trim().min(3, 'Title must be at least 3 characters').max(200).nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  quantity: quantitySchema.nullable().optional(),
  unit: unitSchema.nullable().optional(),
  lat: lat.optional(),
  lon: lon.optional(),
  postcode: z.string().regex(/^\d{4}$/, 'Postcode must be four digits').optional().describe('instead of lat/lon: the town of this postcode'),
  neededBy: isoDateSchema.nullable().optional(),
};

export const createWantedBodySchema = z
  .object({ ...wantedFields, radiusKm: z.coerce.number().positive().max(500).default(25).describe('km around the place; at most 500') })
  .superRefine((v, ctx) => {
    if (!v.categoryId && !v.search) ctx.addIssue({ code: 'custom', path: ['categoryId'], message: 'Choose a category or save a search' });
    if ((v.lat === undefined) !== (v.lon === undefined)) ctx.addIssue({ code: 'custom', path: ['lat'], message: 'Give both lat and lon' });
    if (v.lat === undefined && !v.postcode) ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'Give a place: lat and lon, or a postcode' });
    if ((v.quantity == null) !== (v.unit == null)) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'A quantity needs a unit, and a unit a quantity' });
  });
export type CreateWantedBody = z.input<typeof createWantedBodySchema>;

export const updateWantedBodySchema = z
  .object({ ...wantedFields, radiusKm: z.coerce.number().positive().max(500).optional(), status: wantedStatusSchema.optional() })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lon === undefined)) ctx.addIssue({ code: 'custom', path: ['lat'], message: 'Give both lat and lon' });
  });
export type UpdateWantedBody = z.input<typeof updateWantedBodySchema>;

const categoryRef = z.object({ id: idSchema, slug: z.string(), nameDa: z.string(), nameEn: z.string() });

/** A wanted post as anyone may see it: what, how much, roughly where, until when — nothing about who. */
export const publicWantedSchema = z.object({
  id: idSchema,
  category: categoryRef.nullable(),
  title: z.string().nullable(),
  quantity: z.string().nullable(),
  unit: unitSchema.nullable(),
  area: z.object({
    /** Rounded to 2 decimals (about 1 km). */
    lat: z.number(),
    lon: z.number(),
    radiusKm: z.number(),
    postcode: z.string().nullable(),
    municipalityCode: z.string().nullable(),
  }),
  neededBy: z.string().nullable(),
  note: z.string().nullable(),
  /** The post is a saved search rather than (only) a category. */
  hasSearch: z.boolean(),
  createdAt: z.string(),
});
export type PublicWanted = z.infer<typeof publicWantedSchema>;

/** A wanted post as its author sees it. */
export const wantedSchema = publicWantedSchema.extend({
  status: wantedStatusSchema,
  lat: z.number(),
  lon: z.number(),
  /** The saved search as stored (the parsed filters). */
  search: z.record(z.string(), z.unknown()).nullable(),
  updatedAt: z.string(),
});
export type Wanted = z.infer<typeof wantedSchema>;

export const wantedListQuerySchema = z.object({
  category: searchFilterFields.category,
  municipality: searchFilterFields.municipality,
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type WantedListQuery = z.output<typeof wantedListQuerySchema>;

export const publicWantedListResponseSchema = z.object({ wanted: z.array(publicWantedSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const wantedListResponseSchema = z.object({ wanted: z.array(wantedSchema) });
