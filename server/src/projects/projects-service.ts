import { and, eq, or, type SQL } from 'drizzle-orm';
import { createProjectBodySchema, projectTransitions, updateProjectBodySchema, type Project } from '@byg360/shared';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { canCreateProject, canEditProject, canSeeAllOf, canSeeProject, isAdmin } from '../auth/policy.ts';
import type { Db } from '../db/client.ts';
import { organisations, projects } from '../db/schema/index.ts';
import { conflict, forbidden, invalid, notFound } from '../lib/errors.ts';
import { municipalityExists } from '../organisations/organisations-repository.ts';
import { findPlaceByPostcode } from '../places/places-repository.ts';
import { findProjectRow, insertProject, listProjectRows, lockProject, updateProject, type ProjectRow } from './projects-repository.ts';

type CreateInput = z.output<typeof createProjectBodySchema>;
type UpdateInput = z.output<typeof updateProjectBodySchema>;

export function toProject(row: ProjectRow, actor: Actor | null): Project {
  const p = row.project;
  const owned = { organisationId: p.organisationId, organisationVerified: row.organisation.verified, municipalityCode: p.municipalityCode };
  const full = canSeeAllOf(actor, owned);
  return {
    id: p.id,
    organisation: row.organisation,
    title: p.title,
    address: p.address,
    postcode: p.postcode,
    city: p.city,
    municipalityCode: p.municipalityCode,
    lat: p.lat,
    lon: p.lon,
    buildingUse: p.buildingUse,
    constructionYear: p.constructionYear,
    floorAreaM2: p.floorAreaM2,
    harvestFrom: p.harvestFrom,
    harvestTo: p.harvestTo,
    description: p.description,
    status: p.status,
    screening: { done: p.screeningDone, date: p.screeningDate, reportRef: p.screeningReportRef, findings: p.screeningFindings },
    canEdit: canEditProject(actor, owned),
    // The public sees only published and closed lots; drafts are counted for those who may see them.
    counts: { draft: full ? row.draft : 0, published: row.published, closed: row.closed },
    reuseRate: row.reuseRate === null ? null : Number(row.reuseRate),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

const ownedOf = (row: ProjectRow) => ({
  organisationId: row.project.organisationId,
  organisationVerified: row.organisation.verified,
  municipalityCode: row.project.municipalityCode,
});

/** The project if the caller may see it; otherwise the same 404 as for a project that does not exist. */
export async function getVisibleProject(db: Db, actor: Actor | null, id: string): Promise<ProjectRow> {
  const row = await findProjectRow(db, id);
  if (!row || !canSeeProject(actor, ownedOf(row))) throw notFound('Project');
  return row;
}

export async function getEditableProject(db: Db, actor: Actor | null, id: string): Promise<ProjectRow> {
  const row = await getVisibleProject(db, actor, id);
  if (!canEditProject(actor, ownedOf(row))) throw forbidden('Only members of the organisation that owns this project may change it');
  return row;
}

export async function getProject(db: Db, actor: Actor | null, id: string): Promise<Project> {
  return toProject(await getVisibleProject(db, actor, id), actor);
}

export async function listProjects(db: Db, actor: Actor | null, query: { mine?: 'true' | 'false' | undefined; status?: Project['status'] | undefined; municipalityCode?: string | undefined }) {
  const where: (SQL | undefined)[] = [];
  if (query.mine === 'true') {
    if (!actor?.organisationId) return [];
    where.push(eq(projects.organisationId, actor.organisationId));
  }
  if (query.status) where.push(eq(projects.status, query.status));
  if (query.municipalityCode) where.push(eq(projects.municipalityCode, query.municipalityCode));
  if (!isAdmin(actor)) {
    const visible: SQL[] = [eq(organisations.verified, true)];
    if (actor?.organisationId && actor.membershipApproved) visible.push(eq(projects.organisationId, actor.organisationId));
    if (actor?.role === 'planner' && actor.actsForOrganisation && actor.municipalityCode) visible.push(eq(projects.municipalityCode, actor.municipalityCode));
    where.push(or(...visible));
  }
  const rows = await listProjectRows(db, and(...where));
  return rows.map((r) => toProject(r, actor));
}

async function placeOf(db: Db, input: { postcode: string; lat: number | null; lon: number | null; city: string | null; municipalityCode: string }) {
  if (!(await municipalityExists(db, input.municipalityCode))) {
    throw invalid('Unknown municipality', [{ path: 'municipalityCode', message: 'Unknown municipality code' }]);
  }
  const place = await findPlaceByPostcode(db, input.postcode);
  if (input.lat !== null && input.lon !== null) return { lat: input.lat, lon: input.lon, city: input.city ?? place?.name ?? null };
  if (!place) {
    throw invalid(`Postcode ${input.postcode} is not known to the exchange: click the map to place the project`, [
      { path: 'lat', message: 'Place the project on the map' },
    ]);
  }
  return { lat: place.lat, lon: place.lon, city: input.city ?? place.name };
}

export async function createProject(db: Db, actor: Actor, input: CreateInput): Promise<Project> {
  if (!canCreateProject(actor)) {
    throw forbidden('Only approved members of a demolition contractor or recycling station may create projects');
  }
  const place = await placeOf(db, input);
  const id = await insertProject(db, {
    organisationId: actor.organisationId!,
    createdBy: actor.id,
    title: input.title,
    address: input.address,
    postcode: input.postcode,
    city: place.city,
    municipalityCode: input.municipalityCode,
    lat: place.lat,
    lon: place.lon,
    buildingUse: input.buildingUse,
    constructionYear: input.constructionYear,
    floorAreaM2: input.floorAreaM2,
    harvestFrom: input.harvestFrom,
    harvestTo: input.harvestTo,
    description: input.description,
    ...screeningColumns(input.screening),
  });
  return getProject(db, actor, id);
}

function screeningColumns(s: CreateInput['screening']) {
  return { screeningDone: s.done, screeningDate: s.date, screeningReportRef: s.reportRef, screeningFindings: s.findings };
}

export async function changeProject(db: Db, actor: Actor, id: string, input: UpdateInput): Promise<Project> {
  const row = await getEditableProject(db, actor, id);
  const current = row.project;
  const harvestFrom = input.harvestFrom !== undefined ? input.harvestFrom : current.harvestFrom;
  const harvestTo = input.harvestTo !== undefined ? input.harvestTo : current.harvestTo;
  if (harvestFrom && harvestTo && harvestFrom > harvestTo) {
    throw invalid('The harvest window must end after it starts', [{ path: 'harvestTo', message: 'The harvest window must end after it starts' }]);
  }
  const { screening, status, lat, lon, ...rest } = input;
  const values: Partial<typeof projects.$inferInsert> = { ...rest };
  if (screening) Object.assign(values, screeningColumns(screening));
  if (input.postcode !== undefined || input.municipalityCode !== undefined || lat !== undefined || lon !== undefined) {
    const moved = await placeOf(db, {
      postcode: input.postcode ?? current.postcode,
      municipalityCode: input.municipalityCode ?? current.municipalityCode,
      lat: lat === undefined ? (input.postcode === undefined ? current.lat : null) : lat,
      lon: lon === undefined ? (input.postcode === undefined ? current.lon : null) : lon,
      city: input.city ?? current.city,
    });
    Object.assign(values, moved);
  }
  await db.transaction(async (tx) => {
    const locked = await lockProject(tx, id);
    if (!locked) throw notFound('Project');
    if (status && status !== locked.status) {
      if (!projectTransitions[locked.status].includes(status)) {
        throw conflict(`A ${locked.status} project cannot become ${status}`, [{ path: 'status', message: `Not allowed from ${locked.status}` }]);
      }
      values.status = status;
      if (status === 'completed') values.completedAt = new Date();
    }
    await updateProject(tx, id, values);
  });
  return getProject(db, actor, id);
}

