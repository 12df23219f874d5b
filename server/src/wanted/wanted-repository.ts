import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { materialCategories, places, wantedPosts } from '../db/schema/index.ts';
import { textArray, UUID } from '../search/search-sql.ts';

type Conn = Db | Tx;

export type WantedInsert = typeof wantedPosts.$inferInsert;

const wantedColumns = {
  post: wantedPosts,
  category: { id: materialCategories.id, slug: materialCategories.slug, nameDa: materialCategories.nameDa, nameEn: materialCategories.nameEn },
};

export type WantedRow = Awaited<ReturnType<typeof selectWanted>>[number];

function selectWanted(db: Conn, where: SQL | undefined) {
  return db
    .select(wantedColumns)
    .from(wantedPosts)
    .leftJoin(materialCategories, eq(materialCategories.id, wantedPosts.categoryId))
    .where(where)
    .orderBy(desc(wantedPosts.createdAt), asc(wantedPosts.id));
}

export async function insertWanted(db: Conn, values: WantedInsert): Promise<string> {
  const [row] = await db.insert(wantedPosts).values(values).returning({ id: wantedPosts.id });
  return row!.id;
}

export async function findWantedRow(db: Conn, id: string): Promise<WantedRow | null> {
  const [row] = await selectWanted(db, eq(wantedPosts.id, id));
  return row ?? null;
}

export async function listWantedRowsOfUser(db: Conn, userId: string): Promise<WantedRow[]> {
  return selectWanted(db, eq(wantedPosts.userId, userId)).limit(500);
}

/** Open posts whose needed-by date has not passed, by category (a parent includes its children) and municipality. */
export async function listOpenWantedRows(db: Conn, filter: { category?: string[] | undefined; municipality?: string[] | undefined }, page: { limit: number; offset: number }) {
  const conditions: SQL[] = [eq(wantedPosts.status, 'open'), sql`(${wantedPosts.neededBy} IS NULL OR ${wantedPosts.neededBy} >= current_date)`];
  if (filter.category?.length) {
    const ids = textArray(filter.category.filter((k) => UUID.test(k)));
    const slugs = textArray(filter.category.filter((k) => !UUID.test(k)));
    conditions.push(sql`${wantedPosts.categoryId} IN (
      SELECT c.id FROM material_categories c
      WHERE c.slug = ANY(${slugs}::text[]) OR c.id = ANY(${ids}::uuid[])
         OR c.parent_id IN (SELECT p.id FROM material_categories p WHERE p.slug = ANY(${slugs}::text[]) OR p.id = ANY(${ids}::uuid[])))`);
  }
  if (filter.municipality?.length) conditions.push(sql`${wantedPosts.municipalityCode} = ANY(${textArray(filter.municipality)}::text[])`);
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    selectWanted(db, where).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(wantedPosts).where(where),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function updateWanted(db: Conn, id: string, values: Partial<WantedInsert>) {
  await db.update(wantedPosts).set({ ...values, updatedAt: sql`now()` }).where(eq(wantedPosts.id, id));
}

export async function deleteWanted(db: Conn, id: string) {
  await db.delete(wantedPosts).where(eq(wantedPosts.id, id));
}

/** The nearest known town within `maxKm`, to give a clicked point a postcode and municipality. */
export async function findPlaceNear(db: Conn, lat: number, lon: number, maxKm: number) {
  const distance = sql`earth_distance(ll_to_earth(${places.lat}, ${places.lon}), ll_to_earth(${lat}::float8, ${lon}::float8))`;
  const [row] = await db
    .select({ postcode: places.postcode, municipalityCode: places.municipalityCode })
    .from(places)
    .where(sql`${distance} <= ${maxKm * 1000}::float8`)
    .orderBy(distance)
    .limit(1);
  return row ?? null;
}
