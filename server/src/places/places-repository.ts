import { asc, eq, inArray } from 'drizzle-orm';
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

/**
 * Where to draw each of these postcodes, in one query. Where several towns share a postcode, the
 * first by name, as findPlaceByPostcode places projects without a clicked point: the postcode's
 * circle then sits on those projects' lots, where an average of towns could fall between them (or in the sea).
 */
export async function findPostcodePositions(db: Db | Tx, postcodes: readonly string[]): Promise<Map<string, { lat: number; lon: number }>> {
  if (postcodes.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([places.postcode], { postcode: places.postcode, lat: places.lat, lon: places.lon })
    .from(places)
    .where(inArray(places.postcode, [...postcodes]))
    .orderBy(asc(places.postcode), asc(places.name));
  return new Map(rows.map(({ postcode, lat, lon }) => [postcode, { lat, lon }]));
}
