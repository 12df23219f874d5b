import { z } from 'zod';
import { idSchema } from './common.ts';

export const units = ['pcs', 'm', 'm2', 'm3', 'kg', 't'] as const;
export const unitSchema = z.enum(units);
export type Unit = z.infer<typeof unitSchema>;

/** Scope of a CO2e factor: production stage only (A1–A3) or whole life cycle; kept with each factor. */
export const co2eScopes = ['A1-A3', 'whole-life'] as const;

/** EU List of Waste code: "17 01 02", hazardous ones with an asterisk ("17 06 05*"). */
export const ewcCodeSchema = z.string().regex(/^\d{2} \d{2} \d{2}\*?$/, 'EWC code must look like "17 01 02"');

export const categorySchema = z.object({
  id: idSchema,
  slug: z.string(),
  parentId: idSchema.nullable(),
  nameDa: z.string(),
  nameEn: z.string(),
  defaultUnit: unitSchema,
  allowedUnits: z.array(unitSchema),
  /** kg per default unit, as a decimal string so it is exact. */
  kgPerUnit: z.string().nullable(),
  /** kg CO2e avoided per kg reused instead of new, as a decimal string. */
  co2eKgPerKg: z.string().nullable(),
  co2eScope: z.enum(co2eScopes).nullable(),
  factorSource: z.string().nullable(),
  ewcCode: ewcCodeSchema.nullable(),
  sortOrder: z.number().int(),
});
export type Category = z.infer<typeof categorySchema>;

export const categoryListResponseSchema = z.object({ categories: z.array(categorySchema) });
