import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { lotEvents, lotPhotos, lots, materialCategories, organisations, projects, users } from '../db/schema/index.ts';
import { lotCo2eExpr, lotKgExpr } from './lot-mass.ts';

type Conn = Db | Tx;

const lotColumns = {
  lot: lots,
  project: {
    id: projects.id,
    organisationId: projects.organisationId,
    municipalityCode: projects.municipalityCode,
    postcode: projects.postcode,
    city: projects.city,
    lat: projects.lat,
    lon: projects.lon,
    status: projects.status,
    harvestFrom: projects.harvestFrom,
    harvestTo: projects.harvestTo,
  },
  category: { id: materialCategories.id, slug: materialCategories.slug, nameDa: materialCategories.nameDa, nameEn: materialCategories.nameEn, ewcCode: materialCategories.ewcCode },
  organisation: { id: organisations.id, name: organisations.name, kind: organisations.kind, verified: organisations.verified },
  // Rounded to 0.1 kg in SQL, so that the figures never pass through floating point.
  estimatedKg: sql<string | null>`round(${lotKgExpr(sql`${lots.quantity}`, sql`"lots"`, sql`"material_categories"`)}, 1)::text`,
  co2eKg: sql<string | null>`round(${lotCo2eExpr(sql`${lots.quantity}`, sql`"lots"`, sql`"material_categories"`)}, 1)::text`,
};

export type LotRow = Awaited<ReturnType<typeof selectLots>>[number];

function selectLots(db: Conn, where: SQL | undefined) {
  return db
    .select(lotColumns)
    .from(lots)
    .innerJoin(projects, eq(projects.id, lots.projectId))
    .innerJoin(organisations, eq(organisations.id, projects.organisationId))
    .innerJoin(materialCategories, eq(materialCategories.id, lots.categoryId))
    .where(and(isNull(lots.deletedAt), where))
    .orderBy(asc(lots.createdAt), asc(lots.id));
}

export async function findLotRow(db: Conn, id: string): Promise<LotRow | null> {
  const [row] = await selectLots(db, eq(lots.id, id));
  return row ?? null;
}

export async function listLotRowsOfProject(db: Conn, projectId: string, statuses?: string[]): Promise<LotRow[]> {
  return selectLots(db, and(eq(lots.projectId, projectId), statuses ? inArray(lots.status, statuses as ('draft' | 'published' | 'closed')[]) : undefined));
}

export async function listPhotosOfLots(db: Conn, lotIds: string[]) {
  if (lotIds.length === 0) return [];
  return db.select().from(lotPhotos).where(inArray(lotPhotos.lotId, lotIds)).orderBy(asc(lotPhotos.position), asc(lotPhotos.createdAt));
}

export async function insertLots(db: Conn, values: (typeof lots.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(lots).values(values).returning({ id: lots.id });
}

/** Locks the lot row for the rest of the transaction and returns its current values. */
export async function lockLot(tx: Tx, id: string) {
  const [row] = await tx.select().from(lots).where(and(eq(lots.id, id), isNull(lots.deletedAt))).for('update');
  return row ?? null;
}

export async function updateLot(db: Conn, id: string, values: Partial<typeof lots.$inferInsert>) {
  await db.update(lots).set({ ...values, updatedAt: sql`now()` }).where(eq(lots.id, id));
}

/** Soft delete that only succeeds while nothing is reserved, decided in the same statement. */
export async function deleteUnreservedLot(db: Conn, id: string) {
  const [row] = await db
    .update(lots)
    .set({ deletedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(lots.id, id), isNull(lots.deletedAt), eq(lots.reservedQuantity, '0')))
    .returning({ id: lots.id });
  return Boolean(row);
}

export type LotEventInsert = typeof lotEvents.$inferInsert;

export async function insertLotEvents(db: Conn, events: LotEventInsert[]) {
  if (events.length === 0) return;
  await db.insert(lotEvents).values(events);
}

export async function listLotEvents(db: Conn, lotId: string) {
  return db
    .select({ id: lotEvents.id, at: lotEvents.at, kind: lotEvents.kind, changes: lotEvents.changes, actorId: users.id, actorName: users.name })
    .from(lotEvents)
    .leftJoin(users, eq(users.id, lotEvents.actorId))
    .where(eq(lotEvents.lotId, lotId))
    .orderBy(asc(lotEvents.at), asc(lotEvents.id));
}

export async function findCategoryForLot(db: Conn, id: string) {
  const [row] = await db
    .select({ id: materialCategories.id, allowedUnits: materialCategories.allowedUnits, nameDa: materialCategories.nameDa, nameEn: materialCategories.nameEn })
    .from(materialCategories)
    .where(eq(materialCategories.id, id));
  return row ?? null;
}
