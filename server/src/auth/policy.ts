import type { Actor } from './actor.ts';

/**
 * Who may see and change what. Everything returns a plain boolean; callers turn "may not see"
 * into 404 (so that other organisations' drafts stay invisible) and "may see but not change" into 403.
 */

interface Owned {
  organisationId: string;
  organisationVerified: boolean;
  municipalityCode: string;
}

/** An approved member of the owning organisation (also before the organisation is verified). */
export const isMember = (actor: Actor | null, organisationId: string) =>
  actor !== null && actor.organisationId === organisationId && actor.membershipApproved;

/** A planner of a verified municipality sees everything located in it. */
export const isPlannerOf = (actor: Actor | null, municipalityCode: string) =>
  actor !== null && actor.role === 'planner' && actor.actsForOrganisation && actor.municipalityCode === municipalityCode;

export const isAdmin = (actor: Actor | null) => actor?.role === 'admin';

export const canCreateProject = (actor: Actor | null) =>
  actor !== null &&
  actor.role === 'contractor' &&
  actor.membershipApproved &&
  (actor.organisationKind === 'contractor' || actor.organisationKind === 'recycling_station');

export const canSeeProject = (actor: Actor | null, project: Owned) =>
  project.organisationVerified || canSeeAllOf(actor, project);

/** Sees the project's drafts, history and screening details. */
export const canSeeAllOf = (actor: Actor | null, project: Owned) =>
  isAdmin(actor) || isMember(actor, project.organisationId) || isPlannerOf(actor, project.municipalityCode);

export const canEditProject = (actor: Actor | null, project: Owned) => isAdmin(actor) || isMember(actor, project.organisationId);

export const canSeeLot = (actor: Actor | null, lot: Owned & { status: string }) =>
  (lot.status !== 'draft' && lot.organisationVerified) || canSeeAllOf(actor, lot);
