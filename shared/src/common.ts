import { z } from 'zod';

export const idSchema = z.uuid();
export const idParamsSchema = z.object({ id: idSchema });

/** Danish municipality code, four digits with leading zero ("0400" is Bornholm). */
export const municipalityCodeSchema = z.string().regex(/^\d{4}$/, 'Municipality code must be four digits, e.g. 0400');

export const okResponseSchema = z.object({ ok: z.literal(true) });
