import { z } from 'zod';
import { unitSchema } from './categories.ts';
import { idSchema } from './common.ts';
import { isoDateSchema } from './decimal.ts';
import { conditionSchema } from './lots.ts';
import { organisationKindSchema } from './organisations.ts';

/**
 * Price bands of the price facet, in DKK per unit: "free" is 0, "1-100" is more than 0 and at
 * most 100, "100-1000" more than 100 and at most 1000, "1000+" more than 1000.
 */
export const priceBands = ['free', '1-100', '100-1000', '1000+'] as const;
export const priceBandSchema = z.enum(priceBands);
export type PriceBand = z.infer<typeof priceBandSchema>;

export function priceBandOf(priceDkk: number): PriceBand {
  if (priceDkk <= 0) return 'free';
  if (priceDkk <= 100) return '1-100';
  if (priceDkk <= 1000) return '100-1000';
  return '1000+';
}

export const searchSorts = ['relevance', 'newest', 'nearest', 'deadline'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** A query-string list: repeated (`a=x&a=y`), comma separated (`a=x,y`) or, in JSON, an array. */
const list = <T extends z.ZodType<string, string>>(item: T, max = 30) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max))
    .optional();

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === '1')
  .optional();

const numbersOf = (v: unknown): number[] | null => {
  const parts = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : null;
  if (!parts) return null;
  const numbers = parts.map((p) => (typeof p === 'number' ? p : typeof p === 'string' && p.trim() !== '' ? Number(p) : Number.NaN));
  return numbers.every(Number.isFinite) ? numbers : null;
};

const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);

export const bboxObjectSchema = z.object({ minLon: lon, minLat: lat, maxLon: lon, maxLat: lat });
export type Bbox = z.infer<typeof bboxObjectSchema>;

/** `minLon,minLat,maxLon,maxLat` (WGS84), as the map sends its view; edges are included. */
export const bboxSchema = z
  .union([z.string(), z.array(z.union([z.number(), z.string()])), bboxObjectSchema])
  .transform((v, ctx): Bbox => {
    const box = Array.isArray(v) || typeof v === 'string' ? numbersOf(v) : [v.minLon, v.minLat, v.maxLon, v.maxLat];
    if (!box || box.length !== 4) {
      ctx.addIssue({ code: 'custom', message: 'bbox must be minLon,minLat,maxLon,maxLat' });
      return z.NEVER;
    }
    const [minLon, minLat, maxLon, maxLat] = box as [number, number, number, number];
    const parsed = bboxObjectSchema.safeParse({ minLon, minLat, maxLon, maxLat });
    if (!parsed.success || minLon > maxLon || minLat > maxLat) {
      ctx.addIssue({ code: 'custom', message: 'bbox must be minLon,minLat,maxLon,maxLat with longitudes in −180…180, latitudes in −90…90 and min ≤ max' });
      return z.NEVER;
    }
    return parsed.data;
  })
  .describe('minLon,minLat,maxLon,maxLat');

export const pointObjectSchema = z.object({ lat, lon });
export type GeoPoint = z.infer<typeof pointObjectSchema>;

/** `lat,lon` (WGS84). */
export const nearSchema = z
  .union([z.string(), z.array(z.union([z.number(), z.string()])), pointObjectSchema])
  .transform((v, ctx): GeoPoint => {
    const p = Array.isArray(v) || typeof v === 'string' ? numbersOf(v) : [v.lat, v.lon];
    const parsed = p && p.length === 2 ? pointObjectSchema.safeParse({ lat: p[0], lon: p[1] }) : null;
    if (!parsed?.success) {
      ctx.addIssue({ code: 'custom', message: 'near must be lat,lon with latitude in −90…90 and longitude in −180…180' });
      return z.NEVER;
    }
    return parsed.data;
  })
  .describe('lat,lon');

/** A category slug (`murvaerk-mursten`) or id. */
const categoryKeySchema = z.string().regex(/^[a-z0-9-]{1,80}$/i, 'Give a category slug or id');
const codeSchema = z.string().regex(/^\d{4}$/, 'Use four digits');

/**
 * The filters shared by the search, the map and saved searches of wanted posts. Accepts the query
 * string form (strings, lists as repeated or comma-separated values) and the JSON form alike, and
 * its output parses again, so that a saved search can be stored as JSON and applied later.
 */
export const searchFilterFields = {
  q: z.string().trim().max(200).optional().describe('free text: title over category over description; Danish forms, misspellings and prefixes match'),
  category: list(categoryKeySchema).describe('category slugs or ids; a parent category includes its children'),
  condition: list(conditionSchema, 3).describe('A, B and/or C'),
  free: flag.describe('only lots at 0 DKK'),
  maxPrice: z.coerce.number().min(0).max(10_000_000).optional().describe('DKK per unit, inclusive'),
  municipality: list(codeSchema).describe('municipality codes, e.g. 0400'),
  postcode: list(codeSchema).describe('postcodes, e.g. 3700'),
  availableOn: isoDateSchema.optional().describe('a date within the lot’s available-from … pick-up-by window'),
  screened: flag.describe('only lots of projects whose hazardous-substance screening is done'),
  orgKind: list(organisationKindSchema, 4).describe('kinds of the listing organisation'),
  bbox: bboxSchema.optional(),
  near: nearSchema.optional().describe('lat,lon: adds distanceKm to each hit and allows sort=nearest'),
  radiusKm: z.coerce.number().positive().max(500).optional().describe('with near: only lots within this distance (inclusive)'),
};

const checkGeo = (v: { near?: GeoPoint | undefined; radiusKm?: number | undefined; sort?: SearchSort }, ctx: z.RefinementCtx) => {
  if (v.radiusKm !== undefined && !v.near) ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: 'radiusKm needs near=lat,lon' });
  if (v.sort === 'nearest' && !v.near) ctx.addIssue({ code: 'custom', path: ['sort'], message: 'sort=nearest needs near=lat,lon' });
};

export const searchFiltersSchema = z.object(searchFilterFields).superRefine(checkGeo);
export type SearchFilters = z.output<typeof searchFiltersSchema>;
export type SearchFiltersInput = z.input<typeof searchFiltersSchema>;

export const searchQuerySchema = z
  .object({
    ...searchFilterFields,
    sort: z.enum(searchSorts).default('relevance').describe('relevance (newest without q), newest, nearest (needs near), deadline (pick-up-by, soonest first)'),
    page: z.coerce.number().int().min(1).max(500).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .superRefine(checkGeo);
export type SearchQuery = z.output<typeof searchQuerySchema>;
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

export const searchHitSchema = z.object({
  id: idSchema,
  title: z.string(),
  category: z.object({ id: idSchema, slug: z.string(), nameDa: z.string(), nameEn: z.string() }),
  condition: conditionSchema,
  quantityLeft: z.string(),
  unit: unitSchema,
  priceDkk: z.string(),
  location: z.object({ lat: z.number(), lon: z.number(), postcode: z.string(), city: z.string().nullable(), municipalityCode: z.string() }),
  organisation: z.object({ name: z.string(), kind: organisationKindSchema }),
  coverThumbnailUrl: z.string().nullable(),
  pickUpBy: z.string().nullable(),
  availableFrom: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Great-circle distance from `near`; null without it. */
  distanceKm: z.number().nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

const count = z.number().int().min(0);

export const searchFacetsSchema = z
  .object({
    category: z.array(z.object({ id: idSchema, slug: z.string(), parentId: idSchema.nullable(), count })).describe('a parent counts its own lots and its children’s'),
    condition: z.array(z.object({ value: conditionSchema, count })),
    municipality: z.array(z.object({ value: z.string(), name: z.string(), count })),
    priceBand: z.array(z.object({ value: priceBandSchema, count })).describe('all four bands, in order, also when 0'),
  })
  .describe(
    'Facet counts are disjunctive: each facet is counted with every filter of the query except its own (category, condition, municipality, price), ' +
      'so a bucket’s count is exactly the total the same query would have with that facet’s filter set to the bucket alone.',
  );
export type SearchFacets = z.infer<typeof searchFacetsSchema>;

export const searchEngines = ['postgres', 'meilisearch'] as const;

export const searchResponseSchema = z.object({
  hits: z.array(searchHitSchema),
  total: count,
  facets: searchFacetsSchema,
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Which engine answered: meilisearch when configured and healthy, else postgres. */
  engine: z.enum(searchEngines),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

// Map

export const mapClustersQuerySchema = z
  .object({
    ...searchFilterFields,
    bbox: bboxSchema,
    zoom: z.coerce.number().int().min(0).max(22),
  })
  .superRefine(checkGeo);
export type MapClustersQuery = z.output<typeof mapClustersQuerySchema>;

const pointGeometry = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]).describe('[lon, lat]') });

export const clusterFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry.describe('the centroid of the clustered lots'),
  properties: z.object({
    cluster: z.literal(true),
    count,
    /** Lots by top-level category slug. */
    categories: z.record(z.string(), count),
    /** Extent of the clustered lots, [minLon, minLat, maxLon, maxLat]: zoom to it to split the cluster. */
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  }),
});

export const lotFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: z.object({
    cluster: z.literal(false),
    id: idSchema,
    title: z.string(),
    category: z.string().describe('category slug'),
    quantityLeft: z.string(),
    unit: unitSchema,
    coverThumbnailUrl: z.string().nullable(),
  }),
});

export const mapClustersResponseSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.union([clusterFeatureSchema, lotFeatureSchema])),
    /** Lots matching the filters within the bbox: the clusters' counts plus the single lots. */
    total: count,
  })
  .describe('At most a few hundred features: lots are grouped on a grid whose cells follow the zoom.');
export type MapClustersResponse = z.infer<typeof mapClustersResponseSchema>;
