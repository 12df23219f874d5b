import { z } from 'zod';
import { idSchema } from './common.ts';
import { newOrganisationSchema, organisationSchema } from './organisations.ts';

export const roles = ['citizen', 'contractor', 'maker', 'planner', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Roles a visitor may choose at registration; admins are appointed, never self-registered. */
export const registrableRoles = ['citizen', 'contractor', 'maker', 'planner'] as const;

/** Which kinds of organisation a member of each role may belong to. */
export const organisationKindsForRole = {
  citizen: [],
  contractor: ['contractor', 'recycling_station'],
  maker: ['maker'],
  planner: ['municipality'],
  admin: [],
} as const satisfies Record<Role, readonly string[]>;

export const PASSWORD_MIN_LENGTH = 10;

export const emailSchema = z
  .email('Enter a valid e-mail address')
  .max(254)
  .transform((s) => s.trim().toLowerCase());

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'Password must be at most 200 characters')
  .refine((p) => new Set(p).size >= 5, 'Password is too simple: use more different characters');

export const registerBodySchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    name: z.string().trim().min(1, 'Enter your name').max(200),
    phone: z.string().trim().max(40).optional(),
    role: z.enum(registrableRoles).default('citizen'),
    organisation: z
      .union([z.object({ joinId: idSchema }), z.object({ create: newOrganisationSchema })])
      .optional(),
  })
  .superRefine((body, ctx) => {
    if (body.role === 'citizen' && body.organisation) {
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'Citizens do not belong to an organisation' });
    }
    if (body.role !== 'citizen' && !body.organisation) {
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'Join or create an organisation for this role' });
    }
    if (body.organisation && 'create' in body.organisation) {
      const allowed: readonly string[] = organisationKindsForRole[body.role];
      if (!allowed.includes(body.organisation.create.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['organisation', 'create', 'kind'],
          message: `A ${body.role} cannot create an organisation of kind ${body.organisation.create.kind}`,
        });
      }
    }
  });
export type RegisterBody = z.input<typeof registerBodySchema>;

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(200),
});
export type LoginBody = z.input<typeof loginBodySchema>;

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  role: roleSchema,
  locale: z.enum(['da', 'en']),
  organisation: organisationSchema.nullable(),
  /** A member may act for the organisation only when the organisation is verified and the membership approved. */
  membershipApproved: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type User = z.infer<typeof userSchema>;

export const sessionResponseSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('seconds until the access token expires'),
  user: userSchema,
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const updateMeBodySchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name').max(200),
    phone: z.string().trim().max(40).nullable(),
    locale: z.enum(['da', 'en']),
  })
  .partial();
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>;

export const meResponseSchema = z.object({ user: userSchema });
