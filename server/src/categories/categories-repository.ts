import { asc } from 'drizzle-orm';
import type { Category } from '@byg360/shared';
import type { Db } from '../db/client.ts';
import { materialCategories } from '../db/schema/index.ts';

export async function listCategories(db: Db): Promise<Category[]> {
  const rows = await db.select().from(materialCategories).orderBy(asc(materialCategories.sortOrder), asc(materialCategories.nameDa));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    parentId: r.parentId,
    nameDa: r.nameDa,
    nameEn: r.nameEn,
    defaultUnit: r.defaultUnit,
    allowedUnits: r.allowedUnits,
    kgPerUnit: r.kgPerUnit,
    co2eKgPerKg: r.co2eKgPerKg,
    co2eScope: r.co2eScope,
    factorSource: r.factorSource,
    ewcCode: r.ewcCode,
    sortOrder: r.sortOrder,
  }));
}
