import { z } from 'zod';
import { unitSchema } from './categories.ts';
import { idSchema } from './common.ts';
import { decimalSchema, isoDateSchema } from './decimal.ts';
import { problemIssue, type Problem } from './problems.ts';

export const lotStatuses = ['draft', 'published', 'closed'] as const;
export const lotStatusSchema = z.enum(lotStatuses);
export type LotStatus = z.infer<typeof lotStatusSchema>;

/** draft → published → closed; a published lot may go back to draft only while nothing is reserved (checked by the server). */
export const lotTransitions: Record<LotStatus, readonly LotStatus[]> = {
  draft: ['published', 'closed'],
  published: ['closed', 'draft'],
  closed: [],
};

export const conditionGrades = ['A', 'B', 'C'] as const;
export const conditionSchema = z.enum(conditionGrades);

export const quantitySchema = decimalSchema({ scale: 3, max: 1_000_000_000, positive: true });
export const priceSchema = decimalSchema({ scale: 2, max: 10_000_000 });

export const hazardSchema = z.object({
  testedFree: z.array(z.enum(['asbestos', 'pcb', 'lead'])).default([]).describe('substances the lot was tested free of'),
  reportRef: z.string().trim().max(200).nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
});

const lotFields = {
  categoryId: idSchema,
  title: z.string().trim().min(3, 'Title must be at least 3 characters').max(200),
  description: z.string().trim().max(5000).nullable().default(null),
  quantity: quantitySchema,
  unit: unitSchema,
  condition: conditionSchema,
  dimensions: z.string().trim().max(200).nullable().default(null),
  /** DKK per unit; 0 = free. */
  priceDkk: priceSchema.default('0'),
  availableFrom: isoDateSchema.nullable().default(null),
  pickUpBy: isoDateSchema.nullable().default(null),
  hazard: hazardSchema.default({ testedFree: [], reportRef: null, note: null }),
};

/** A lot whose pick-up-by day comes before its available-from day; null when they are in order or either is missing. */
export function lotDateOrderProblem(l: { availableFrom?: string | null; pickUpBy?: string | null }): Problem | null {
  if (!(l.availableFrom && l.pickUpBy && l.availableFrom > l.pickUpBy)) return null;
  return { code: 'date.order', params: {}, message: 'Pick-up-by must be on or after available-from' };
}

const checkDates = (l: { availableFrom?: string | null; pickUpBy?: string | null }, ctx: z.RefinementCtx) => {
  const problem = lotDateOrderProblem(l);
  if (problem) ctx.addIssue(problemIssue(problem, ['pickUpBy']));
};

export const createLotBodySchema = z
  .object({ ...lotFields, status: z.enum(['draft', 'published']).default('draft') })
  .superRefine(checkDates);
export type CreateLotBody = z.input<typeof createLotBodySchema>;

export const updateLotBodySchema = z
  .object({
    categoryId: lotFields.categoryId.optional(),
    title: lotFields.title.optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    quantity: quantitySchema.optional(),
    unit: unitSchema.optional(),
    condition: conditionSchema.optional(),
    dimensions: z.string().trim().max(200).nullable().optional(),
    priceDkk: priceSchema.optional(),
    availableFrom: isoDateSchema.nullable().optional(),
    pickUpBy: isoDateSchema.nullable().optional(),
    hazard: hazardSchema.optional(),
    status: lotStatusSchema.optional(),
  })
  .superRefine(checkDates);
export type UpdateLotBody = z.input<typeof updateLotBodySchema>;

export const photoSchema = z.object({
  id: idSchema,
  url: z.string(),
  thumbnailUrl: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  isCover: z.boolean(),
  position: z.number().int(),
});
export type Photo = z.infer<typeof photoSchema>;

export const outcomeSchema = z.object({
  reused: decimalSchema({ scale: 3 }),
  recycled: decimalSchema({ scale: 3 }),
  disposed: decimalSchema({ scale: 3 }),
});
export type OutcomeBody = z.input<typeof outcomeSchema>;

export const lotSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  category: z.object({ id: idSchema, slug: z.string(), nameDa: z.string(), nameEn: z.string(), ewcCode: z.string().nullable() }),
  organisation: z.object({ id: idSchema, name: z.string(), kind: z.string(), verified: z.boolean() }),
  title: z.string(),
  description: z.string().nullable(),
  quantity: z.string(),
  /** What is still free to reserve: quantity − pending − accepted − collected. */
  quantityLeft: z.string(),
  unit: unitSchema,
  condition: conditionSchema,
  dimensions: z.string().nullable(),
  priceDkk: z.string(),
  availableFrom: z.string().nullable(),
  pickUpBy: z.string().nullable(),
  hazard: hazardSchema,
  status: lotStatusSchema,
  /** Estimated mass from the category's factor; null when the unit cannot be converted. */
  estimatedKg: z.string().nullable(),
  /** kg CO2e avoided by reusing the lot instead of new material; null without a factor. */
  co2eKg: z.string().nullable(),
  location: z.object({ lat: z.number(), lon: z.number(), postcode: z.string(), city: z.string().nullable(), municipalityCode: z.string() }),
  photos: z.array(photoSchema),
  outcome: z.object({ reused: z.string(), recycled: z.string(), disposed: z.string() }).nullable(),
  canEdit: z.boolean(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Lot = z.infer<typeof lotSchema>;

export const lotListResponseSchema = z.object({ lots: z.array(lotSchema) });

export const lotEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: idSchema, name: z.string() }).nullable(),
  kind: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
export const lotHistoryResponseSchema = z.object({ events: z.array(lotEventSchema) });
