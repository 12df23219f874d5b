import { z } from 'zod';
import { idSchema, municipalityCodeSchema } from './common.ts';
import { decimalSchema, isoDateSchema } from './decimal.ts';

export const projectStatuses = ['planned', 'active', 'completed'] as const;
export const projectStatusSchema = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

export const buildingUses = ['single_family', 'multi_family', 'farm', 'summer_house', 'commercial', 'industrial', 'public', 'other'] as const;
export const buildingUseSchema = z.enum(buildingUses);
export type BuildingUse = z.infer<typeof buildingUseSchema>;

/** Allowed moves of a project's status; a completed project is final. */
export const projectTransitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  planned: ['active', 'completed'],
  active: ['completed'],
  completed: [],
};

export const screeningSchema = z.object({
  done: z.boolean(),
  date: isoDateSchema.nullable().default(null),
  reportRef: z.string().trim().max(200).nullable().default(null),
  findings: z
    .object({
      asbestos: z.boolean().default(false),
      pcb: z.boolean().default(false),
      lead: z.boolean().default(false),
      other: z.string().trim().max(500).nullable().default(null),
    })
    .default({ asbestos: false, pcb: false, lead: false, other: null }),
});
export type Screening = z.infer<typeof screeningSchema>;

const latSchema = z.number().min(54.4, 'Latitude must be in Denmark (54.4–57.9)').max(57.9, 'Latitude must be in Denmark (54.4–57.9)');
const lonSchema = z.number().min(7.9, 'Longitude must be in Denmark (7.9–15.3)').max(15.3, 'Longitude must be in Denmark (7.9–15.3)');

const currentYear = new Date().getFullYear();

/** Field rules shared by create (with defaults) and update (every field optional, no defaults). */
const projectFields = {
  title: z.string().trim().min(3, 'Title must be at least 3 characters').max(200),
  address: z.string().trim().min(3, 'Enter the address').max(300),
  postcode: z.string().regex(/^\d{4}$/, 'Postcode must be four digits'),
  city: z.string().trim().max(100).nullable(),
  municipalityCode: municipalityCodeSchema,
  /** Optional: without coordinates the project is placed at its postcode's town. */
  lat: latSchema.nullable(),
  lon: lonSchema.nullable(),
  buildingUse: buildingUseSchema,
  constructionYear: z.number().int().min(1000, 'Enter a year after 1000').max(currentYear, 'The year cannot be in the future').nullable(),
  floorAreaM2: decimalSchema({ scale: 1, max: 1_000_000, positive: true }).nullable(),
  harvestFrom: isoDateSchema.nullable(),
  harvestTo: isoDateSchema.nullable(),
  description: z.string().trim().max(5000).nullable(),
  screening: screeningSchema,
};

const noScreening = { done: false, date: null, reportRef: null, findings: { asbestos: false, pcb: false, lead: false, other: null } };

const checkHarvestWindow = (p: { harvestFrom?: string | null; harvestTo?: string | null }, ctx: z.RefinementCtx) => {
  if (p.harvestFrom && p.harvestTo && p.harvestFrom > p.harvestTo) {
    ctx.addIssue({ code: 'custom', path: ['harvestTo'], message: 'The harvest window must end after it starts' });
  }
};
const checkScreening = (p: { screening?: Screening | undefined }, ctx: z.RefinementCtx) => {
  if (p.screening?.done && !p.screening.date) {
    ctx.addIssue({ code: 'custom', path: ['screening', 'date'], message: 'Enter the date of the screening' });
  }
};
const checkCoordinates = (p: { lat?: number | null; lon?: number | null }, ctx: z.RefinementCtx) => {
  if ((p.lat == null) !== (p.lon == null)) ctx.addIssue({ code: 'custom', path: ['lon'], message: 'Give both latitude and longitude, or neither' });
};

export const createProjectBodySchema = z
  .object({
    ...projectFields,
    city: projectFields.city.default(null),
    lat: projectFields.lat.default(null),
    lon: projectFields.lon.default(null),
    constructionYear: projectFields.constructionYear.default(null),
    floorAreaM2: projectFields.floorAreaM2.default(null),
    harvestFrom: projectFields.harvestFrom.default(null),
    harvestTo: projectFields.harvestTo.default(null),
    description: projectFields.description.default(null),
    screening: projectFields.screening.default(noScreening),
  })
  .superRefine((p, ctx) => {
    checkHarvestWindow(p, ctx);
    checkScreening(p, ctx);
    checkCoordinates(p, ctx);
  });
export type CreateProjectBody = z.input<typeof createProjectBodySchema>;

export const updateProjectBodySchema = z
  .object({ ...projectFields, status: projectStatusSchema })
  .partial()
  .superRefine((p, ctx) => {
    checkHarvestWindow(p, ctx);
    checkScreening(p, ctx);
  });
export type UpdateProjectBody = z.input<typeof updateProjectBodySchema>;

export const projectSchema = z.object({
  id: idSchema,
  organisation: z.object({ id: idSchema, name: z.string(), kind: z.string(), verified: z.boolean() }),
  title: z.string(),
  address: z.string(),
  postcode: z.string(),
  city: z.string().nullable(),
  municipalityCode: z.string(),
  lat: z.number(),
  lon: z.number(),
  buildingUse: buildingUseSchema,
  constructionYear: z.number().int().nullable(),
  floorAreaM2: z.string().nullable(),
  harvestFrom: z.string().nullable(),
  harvestTo: z.string().nullable(),
  description: z.string().nullable(),
  status: projectStatusSchema,
  screening: screeningSchema,
  /** Whether the caller may edit the project. */
  canEdit: z.boolean(),
  counts: z.object({ draft: z.number().int(), published: z.number().int(), closed: z.number().int() }),
  /** Mass-based reuse rate over the lots with a recorded outcome (0–1), null before any outcome. */
  reuseRate: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

export const projectListQuerySchema = z.object({
  mine: z.enum(['true', 'false']).optional().describe("only the caller's organisation's projects"),
  status: projectStatusSchema.optional(),
  municipalityCode: municipalityCodeSchema.optional(),
});
export const projectListResponseSchema = z.object({ projects: z.array(projectSchema) });
