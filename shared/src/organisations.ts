import { z } from 'zod';
import { idSchema, municipalityCodeSchema } from './common.ts';

export const organisationKinds = ['contractor', 'recycling_station', 'maker', 'municipality'] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: organisationKindSchema,
  municipalityCode: municipalityCodeSchema.nullable(),
  verified: z.boolean(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const newOrganisationSchema = z.object({
  name: z.string().trim().min(2, 'Name must be at least 2 characters').max(200),
  kind: organisationKindSchema,
  municipalityCode: municipalityCodeSchema,
  cvr: z
    .string()
    .regex(/^\d{8}$/, 'CVR number must be eight digits')
    .optional(),
});
export type NewOrganisation = z.infer<typeof newOrganisationSchema>;

export const organisationListQuerySchema = z.object({
  kind: organisationKindSchema.optional(),
  verified: z.enum(['true', 'false']).optional(),
});

export const municipalitySchema = z.object({
  code: municipalityCodeSchema,
  name: z.string(),
  region: z.string(),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const organisationListResponseSchema = z.object({ organisations: z.array(organisationSchema) });
export const municipalityListResponseSchema = z.object({ municipalities: z.array(municipalitySchema) });
