import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { materialCategories, materialIntensities } from '../db/schema/index.ts';

const intensityColumns = {
  intensity: materialIntensities,
  category: { slug: materialCategories.slug, nameDa: materialCategories.nameDa, nameEn: materialCategories.nameEn, sortOrder: materialCategories.sortOrder },
};

export type IntensityRow = Awaited<ReturnType<typeof listIntensityRows>>[number];

export function listIntensityRows(db: Db) {
  return db
    .select(intensityColumns)
    .from(materialIntensities)
    .innerJoin(materialCategories, eq(materialCategories.id, materialIntensities.categoryId))
    .orderBy(asc(materialIntensities.archetype), asc(materialCategories.sortOrder));
}

export async function findIntensityRow(db: Db, id: string): Promise<IntensityRow | null> {
  const [row] = await db
    .select(intensityColumns)
    .from(materialIntensities)
    .innerJoin(materialCategories, eq(materialCategories.id, materialIntensities.categoryId))
    .where(eq(materialIntensities.id, id));
  return row ?? null;
}

export async function updateIntensity(db: Db, id: string, values: { kgPerM2?: string; source?: string }) {
  await db.update(materialIntensities).set(values).where(eq(materialIntensities.id, id));
}

export async function findCategoryRow(db: Db, id: string) {
  const [row] = await db.select().from(materialCategories).where(eq(materialCategories.id, id));
  return row ?? null;
}

export async function updateCategory(db: Db, id: string, values: Partial<typeof materialCategories.$inferInsert>) {
  await db.update(materialCategories).set(values).where(eq(materialCategories.id, id));
}

/** Numeric equality as PostgreSQL sees it ("2.0000" = "2"), null-safe. */
export async function sameNumber(db: Db, a: string | null, b: string | null): Promise<boolean> {
  if (a === null || b === null) return a === b;
  const { rows } = await db.execute<{ same: boolean }>(sql`select ${a}::numeric = ${b}::numeric as same`);
  return rows[0]!.same;
}
