import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { lotPhotos } from '../db/schema/index.ts';

type Conn = Db | Tx;

export type PhotoRow = typeof lotPhotos.$inferSelect;

export async function listLotPhotos(db: Conn, lotId: string): Promise<PhotoRow[]> {
  return db.select().from(lotPhotos).where(eq(lotPhotos.lotId, lotId)).orderBy(asc(lotPhotos.position), asc(lotPhotos.createdAt), asc(lotPhotos.id));
}

export async function countLotPhotos(db: Conn, lotId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(lotPhotos).where(eq(lotPhotos.lotId, lotId));
  return row?.n ?? 0;
}

/**
 * Adds a photo at the end; the first photo of a lot becomes its cover. Position and cover are
 * decided in the statement itself; callers hold the lot's lock so that two uploads do not race.
 */
export async function insertPhoto(tx: Tx, values: { lotId: string; storageKey: string; width: number; height: number }): Promise<PhotoRow> {
  const siblings = sql`from ${lotPhotos} where ${lotPhotos.lotId} = ${values.lotId}`;
  const [row] = await tx
    .insert(lotPhotos)
    .values({
      ...values,
      position: sql`(select coalesce(max(${lotPhotos.position}) + 1, 0) ${siblings})`,
      isCover: sql`not exists (select 1 ${siblings} and ${lotPhotos.isCover})`,
    })
    .returning();
  return row!;
}

/** Positions 0, 1, 2… in the given order; ids of other lots are left alone. */
export async function setPhotoPositions(tx: Tx, lotId: string, order: string[]) {
  if (order.length === 0) return;
  const cases = sql.join(
    order.map((id, i) => sql`when ${id}::uuid then ${i}::integer`),
    sql` `,
  );
  await tx
    .update(lotPhotos)
    .set({ position: sql`case ${lotPhotos.id} ${cases} else ${lotPhotos.position} end` })
    .where(eq(lotPhotos.lotId, lotId));
}

/** Moves the cover; the old one is cleared first because the database allows one cover per lot at any moment. */
export async function setCoverPhoto(tx: Tx, lotId: string, photoId: string) {
  await tx
    .update(lotPhotos)
    .set({ isCover: false })
    .where(and(eq(lotPhotos.lotId, lotId), eq(lotPhotos.isCover, true), ne(lotPhotos.id, photoId)));
  await tx
    .update(lotPhotos)
    .set({ isCover: true })
    .where(and(eq(lotPhotos.lotId, lotId), eq(lotPhotos.id, photoId)));
}

export async function deletePhoto(tx: Tx, lotId: string, photoId: string): Promise<PhotoRow | null> {
  const [row] = await tx
    .delete(lotPhotos)
    .where(and(eq(lotPhotos.lotId, lotId), eq(lotPhotos.id, photoId)))
    .returning();
  return row ?? null;
}

/** Closes the gaps a removal leaves: positions become 0, 1, 2… in the current order. */
export async function renumberPhotos(tx: Tx, lotId: string) {
  await setPhotoPositions(
    tx,
    lotId,
    (await listLotPhotos(tx, lotId)).map((p) => p.id),
  );
}
