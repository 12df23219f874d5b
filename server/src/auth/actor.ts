import { eq } from 'drizzle-orm';
import type { OrganisationKind, Role } from '@byg360/shared';
import type { Db } from '../db/client.ts';
import { organisations, users } from '../db/schema/index.ts';

/** The caller of a request, as the domain needs it for authorisation decisions. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  municipalityCode: string | null;
  /** The membership was approved (founders at once, joiners by an administrator). */
  membershipApproved: boolean;
  organisationVerified: boolean;
  /** True when the caller may act for the organisation in public: it is verified and the membership approved. */
  actsForOrganisation: boolean;
}

export async function findActor(db: Db, userId: string): Promise<Actor | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organisationId: users.organisationId,
      membershipApproved: users.membershipApproved,
      organisationKind: organisations.kind,
      municipalityCode: organisations.municipalityCode,
      verified: organisations.verified,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisationId,
    organisationKind: row.organisationKind,
    municipalityCode: row.municipalityCode,
    membershipApproved: row.organisationId !== null && row.membershipApproved,
    organisationVerified: row.verified === true,
    actsForOrganisation: row.organisationId !== null && row.membershipApproved && row.verified === true,
  };
}
