import { sql } from 'drizzle-orm';
import type { Role } from '@byg360/shared';
import { hashPassword } from '../../auth/passwords.ts';
import { exactSum } from '../../lib/decimal.ts';
import type { Db, Tx } from '../client.ts';
import {
  lotEvents,
  lots,
  materialCategories,
  materialIntensities as materialIntensitiesTable,
  municipalities as municipalitiesTable,
  organisations,
  places,
  plannedDemolitions,
  projects,
  reservations,
  users,
  wantedPosts,
} from '../schema/index.ts';
import { categories } from './categories.ts';
import { demoOrganisations, demoUsers } from './demo.ts';
import { demoPlannedDemolitions, demoWantedPosts } from './demo-potential.ts';
import { demoProjects } from './demo-projects.ts';
import { materialIntensities } from './material-intensities.ts';
import { bornholmTowns, municipalities } from './municipalities.ts';

export interface SeedOptions {
  /** Also create the demo organisations and one user per role. */
  demo: boolean;
  demoPassword: string;
}

export interface SeedResult {
  seeded: boolean;
  demoUsers: { role: Role; email: string }[];
}

// Any fixed number: serialises concurrent seeders (several instances starting at once).
const SEED_LOCK = 400_2026;

/**
 * Adds missing reference data (municipalities, places, categories) on every start, without
 * touching rows that exist (an administrator may have edited a factor). On an empty database it
 * also seeds, in demo mode, the demo organisations, users and projects. Concurrent starts are
 * serialised by an advisory lock, so running it twice or at once changes nothing.
 */
export async function seedIfEmpty(db: Db, options: SeedOptions): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const empty = await isEmpty(tx);
    await insertReferenceData(tx);
    if (!empty || !options.demo) return { seeded: empty, demoUsers: [] };
    // Hashed only when needed: scrypt is deliberately expensive, and most starts find data.
    const passwordHashes = await Promise.all(demoUsers.map(() => hashPassword(options.demoPassword)));

    const orgIds = new Map<string, string>();
    for (const { key, ...org } of demoOrganisations) {
      const [row] = await tx.insert(organisations).values({ ...org, verified: true, verifiedAt: new Date() }).returning({ id: organisations.id });
      orgIds.set(key, row!.id);
    }
    const userRows = await tx
      .insert(users)
      .values(
        demoUsers.map((u, i) => ({
          email: u.email,
          name: u.name,
          phone: u.phone,
          role: u.role,
          passwordHash: passwordHashes[i]!,
          organisationId: u.organisation ? orgIds.get(u.organisation)! : null,
          membershipApproved: u.organisation !== null,
        })),
      )
      .returning({ id: users.id, role: users.role });
    const userIdOf = (role: Role) => userRows.find((u) => u.role === role)!.id;
    await insertDemoProjects(tx, orgIds.get('contractor')!, userIdOf);
    await insertDemoPotential(tx, orgIds.get('municipality')!, userIdOf);
    return { seeded: true, demoUsers: demoUsers.map(({ role, email }) => ({ role, email })) };
  });
}

/** Empty means: no organisations and no users, i.e. nobody has used this database yet. */
async function isEmpty(tx: Tx): Promise<boolean> {
  const { rows } = await tx.execute<{ has_data: boolean }>(
    sql`select exists(select 1 from ${organisations}) or exists(select 1 from ${users}) as has_data`,
  );
  return rows[0]?.has_data === false;
}

async function insertReferenceData(tx: Tx) {
  await tx.insert(municipalitiesTable).values(municipalities).onConflictDoNothing();
  await tx.insert(places).values(bornholmTowns.map(({ name, postcode, municipalityCode, lat, lon }) => ({ name, postcode, municipalityCode, lat, lon }))).onConflictDoNothing();
  // Parents first, so that children can point at them.
  const parents = categories.filter((c) => !c.parentSlug);
  const children = categories.filter((c) => c.parentSlug);
  await tx.insert(materialCategories).values(parents.map(({ parentSlug: _, ...c }) => ({ ...c, parentId: null }))).onConflictDoNothing();
  const ids = new Map((await tx.select({ id: materialCategories.id, slug: materialCategories.slug }).from(materialCategories)).map((r) => [r.slug, r.id]));
  await tx
    .insert(materialCategories)
    .values(children.map(({ parentSlug, ...c }) => ({ ...c, parentId: ids.get(parentSlug!)! })))
    .onConflictDoNothing();
  await insertMaterialIntensities(tx);
}

/** Material intensities have no natural unique key in the table, so missing (archetype, category) pairs are added; existing rows keep an administrator's edits. */
async function insertMaterialIntensities(tx: Tx) {
  const categoryIds = new Map((await tx.select({ id: materialCategories.id, slug: materialCategories.slug }).from(materialCategories)).map((r) => [r.slug, r.id]));
  const existing = new Set(
    (await tx.select({ archetype: materialIntensitiesTable.archetype, categoryId: materialIntensitiesTable.categoryId }).from(materialIntensitiesTable)).map((r) => `${r.archetype}|${r.categoryId}`),
  );
  const missing = materialIntensities
    .map(({ categorySlug, ...row }) => ({ ...row, categoryId: categoryIds.get(categorySlug)! }))
    .filter((row) => !existing.has(`${row.archetype}|${row.categoryId}`));
  if (missing.length) await tx.insert(materialIntensitiesTable).values(missing);
}

/** Planned demolitions registered by the municipality's planner, and a few wanted posts, so that the reports have something to show. */
async function insertDemoPotential(tx: Tx, municipalityOrgId: string, userIdOf: (role: Role) => string) {
  const thisYear = new Date().getFullYear();
  await tx.insert(plannedDemolitions).values(
    demoPlannedDemolitions.map(({ inYears, ...d }) => ({ ...d, municipalityCode: '0400', organisationId: municipalityOrgId, createdBy: userIdOf('planner'), expectedYear: thisYear + inYears })),
  );
  const categoryIds = new Map((await tx.select({ id: materialCategories.id, slug: materialCategories.slug }).from(materialCategories)).map((r) => [r.slug, r.id]));
  await tx.insert(wantedPosts).values(
    demoWantedPosts.map((w) => ({
      userId: userIdOf(w.by),
      categoryId: categoryIds.get(w.category)!,
      title: w.title,
      quantity: w.quantity,
      unit: w.unit,
      lat: w.lat,
      lon: w.lon,
      radiusKm: w.radiusKm,
      postcode: w.postcode,
      municipalityCode: '0400',
      neededBy: isoDay(w.neededByDay),
      note: w.note,
      createdAt: new Date(Date.now() + w.createdDay * 86_400_000),
      updatedAt: new Date(Date.now() + w.createdDay * 86_400_000),
    })),
  );
}

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function insertDemoProjects(tx: Tx, organisationId: string, userIdOf: (role: Role) => string) {
  const contractorId = userIdOf('contractor');
  const categoryIds = new Map((await tx.select({ id: materialCategories.id, slug: materialCategories.slug }).from(materialCategories)).map((r) => [r.slug, r.id]));
  for (const p of demoProjects) {
    const [project] = await tx
      .insert(projects)
      .values({
        organisationId,
        createdBy: contractorId,
        title: p.title,
        address: p.address,
        postcode: p.postcode,
        city: p.city,
        municipalityCode: '0400',
        lat: p.lat,
        lon: p.lon,
        buildingUse: p.buildingUse,
        constructionYear: p.constructionYear,
        floorAreaM2: p.floorAreaM2,
        harvestFrom: isoDay(p.harvest[0]),
        harvestTo: isoDay(p.harvest[1]),
        description: p.description,
        status: p.status,
        screeningDone: p.screening.done,
        screeningDate: p.screening.day === null ? null : isoDay(p.screening.day),
        screeningReportRef: p.screening.reportRef,
        screeningFindings: p.screening.findings,
        completedAt: p.status === 'completed' ? new Date(Date.now() + p.harvest[1] * 86_400_000) : null,
      })
      .returning({ id: projects.id });
    const lotRows = await tx
      .insert(lots)
      .values(
        p.lots.map((l) => ({
          projectId: project!.id,
          categoryId: categoryIds.get(l.category)!,
          title: l.title,
          description: l.description,
          quantity: l.quantity,
          unit: l.unit,
          condition: l.condition,
          dimensions: l.dimensions ?? null,
          priceDkk: l.priceDkk,
          availableFrom: isoDay(p.harvest[0]),
          pickUpBy: isoDay(p.harvest[1]),
          hazard: { testedFree: l.testedFree ?? [], reportRef: l.testedFree?.length ? p.screening.reportRef : null, note: l.hazardNote ?? null },
          status: l.status,
          // What the pick-ups below hold, as the reservation flow keeps it: collected quantities stay reserved.
          reservedQuantity: exactSum((l.collected ?? []).map((c) => c.quantity)),
          publishedAt: l.status === 'draft' ? null : new Date(Date.now() + Math.min(p.harvest[0], -1) * 86_400_000),
          outcomeReused: l.outcome?.reused ?? null,
          outcomeRecycled: l.outcome?.recycled ?? null,
          outcomeDisposed: l.outcome?.disposed ?? null,
          outcomeRecordedAt: l.outcome ? new Date(Date.now() + p.harvest[1] * 86_400_000) : null,
        })),
      )
      .returning({ id: lots.id, status: lots.status, title: lots.title });
    const lotIdOf = new Map(lotRows.map((l) => [l.title, l.id]));
    const collections = p.lots.flatMap((l) => (l.collected ?? []).map((c) => ({ ...c, lotId: lotIdOf.get(l.title)! })));
    if (collections.length) {
      await tx.insert(reservations).values(
        collections.map((c) => ({
          lotId: c.lotId,
          requesterId: userIdOf(c.by),
          quantity: c.quantity,
          status: 'collected' as const,
          pickupAt: new Date(Date.now() + c.day * 86_400_000),
          message: c.message,
          // Requested four days before the pick-up, with two days to answer; updated_at is when it was collected, the date the reports count.
          createdAt: new Date(Date.now() + (c.day - 4) * 86_400_000),
          expiresAt: new Date(Date.now() + (c.day - 2) * 86_400_000),
          decidedBy: contractorId,
          updatedAt: new Date(Date.now() + c.day * 86_400_000),
        })),
      );
    }
    await tx.insert(lotEvents).values(
      lotRows.flatMap((l) => [
        { lotId: l.id, actorId: contractorId, kind: 'created' },
        ...(l.status === 'draft' ? [] : [{ lotId: l.id, actorId: contractorId, kind: 'published', changes: { status: { from: 'draft', to: 'published' } } }]),
      ]),
    );
  }
}
