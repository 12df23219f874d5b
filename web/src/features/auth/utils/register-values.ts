import { organisationKindsForRole, registrableRoles, type OrganisationKind, type RegisterBody } from '@byg360/shared';

export type RegistrableRole = (typeof registrableRoles)[number];
export type OrganisationMode = 'join' | 'create';

/**
 * What the register form edits. Paths match the request body (`organisation.create.name`…), so the
 * schema's and the server's field errors land on the right input without translation of paths.
 */
export interface RegisterFormValues {
  name: string;
  email: string;
  password: string;
  role: RegistrableRole;
  organisationMode: OrganisationMode;
  organisation: {
    joinId: string | null;
    create: { name: string; kind: OrganisationKind; municipalityCode: string | null; cvr: string };
  };
}

/** Bornholm: the exchange starts there, so most new organisations are on the island. */
export const DEFAULT_MUNICIPALITY_CODE = '0400';

/** Fields where the visitor picks from a list, for the "choose one" wording of errors. */
export const REGISTER_CHOICE_FIELDS = [
  'role',
  'organisation.joinId',
  'organisation.create.kind',
  'organisation.create.municipalityCode',
] as const;

/** Every path the form shows an error on; other server errors are shown above the form. */
export const REGISTER_FIELDS = [
  'name',
  'email',
  'password',
  'organisation',
  'organisation.create.name',
  'organisation.create.cvr',
  ...REGISTER_CHOICE_FIELDS,
] as const;

export function kindsForRole(role: RegistrableRole): readonly OrganisationKind[] {
  return organisationKindsForRole[role];
}

export function initialRegisterValues(): RegisterFormValues {
  return {
    name: '',
    email: '',
    password: '',
    role: 'citizen',
    organisationMode: 'join',
    organisation: {
      joinId: null,
      create: { name: '', kind: 'contractor', municipalityCode: DEFAULT_MUNICIPALITY_CODE, cvr: '' },
    },
  };
}

export function toRegisterBody(values: RegisterFormValues): RegisterBody {
  const body = { name: values.name, email: values.email, password: values.password, role: values.role };
  if (values.role === 'citizen') return body;
  const { joinId, create } = values.organisation;
  if (values.organisationMode === 'join') return { ...body, organisation: { joinId: joinId ?? '' } };
  const cvr = create.cvr.trim();
  return {
    ...body,
    organisation: {
      create: {
        name: create.name,
        kind: create.kind,
        municipalityCode: create.municipalityCode ?? '',
        ...(cvr ? { cvr } : {}),
      },
    },
  };
}
