import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { places } from '../db/schema/index.ts';

/** The first known town of a postcode, to place a project that has no clicked point. */
export async function findPlaceByPostcode(db: Db | Tx, postcode: string) {
  const [row] = await db.select().from(places).where(eq(places.postcode, postcode)).orderBy(asc(places.name)).limit(1);
  return row ?? null;
}

export async function listPlaces(db: Db) {
  return db.select().from(places).orderBy(asc(places.name));
}
