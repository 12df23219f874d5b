import { randomUUID } from 'node:crypto';
import { photoUploadRules, type Photo, type ReorderPhotosBody } from '@byg360/shared';
import type { Actor } from '../auth/actor.ts';
import type { Db, Tx } from '../db/client.ts';
import { conflict, invalid, notFound } from '../lib/errors.ts';
import { insertLotEvents, lockLot, updateLot } from '../lots/lots-repository.ts';
import { getEditableLotRow, getVisibleLotRow } from '../lots/lots-service.ts';
import { processPhoto } from './photo-processing.ts';
import type { PhotoStorage } from './photo-storage.ts';
import { photoPaths } from './photo-urls.ts';
import {
  countLotPhotos,
  deletePhoto,
  insertPhoto,
  listLotPhotos,
  renumberPhotos,
  setCoverPhoto,
  setPhotoPositions,
  type PhotoRow,
} from './photos-repository.ts';

/** Where files that could not be removed are reported; they are garbage, not state. */
export interface Log {
  error(obj: object, msg: string): void;
}

const toPhoto = (p: PhotoRow): Photo => ({
  id: p.id,
  ...photoPaths(p.storageKey),
  width: p.width,
  height: p.height,
  isCover: p.isCover,
  position: p.position,
});

const tooMany = () => conflict(`A lot can have at most ${photoUploadRules.maxPerLot} photos; remove one first`);

/** Locks the lot for the rest of the transaction, so that photo changes of one lot happen one at a time. */
async function lockOpenLot(tx: Tx, lotId: string) {
  const lot = await lockLot(tx, lotId);
  if (!lot) throw notFound('Lot');
  if (lot.status === 'closed') throw conflict('A closed lot cannot be changed');
  return lot;
}

async function removeFiles(storage: PhotoStorage, storageKey: string, log: Log) {
  try {
    await storage.remove(storageKey);
  } catch (err) {
    log.error({ err, storageKey }, 'could not remove the files of a photo');
  }
}

export async function listPhotos(db: Db, actor: Actor | null, lotId: string): Promise<Photo[]> {
  await getVisibleLotRow(db, actor, lotId);
  return (await listLotPhotos(db, lotId)).map(toPhoto);
}

/**
 * Adds a photo to a lot. Access is checked before the upload is read, so that nobody else's
 * bytes are ever decoded; the files are written before the row, and removed again if the row
 * cannot be inserted.
 */
export async function addPhoto(db: Db, storage: PhotoStorage, actor: Actor, lotId: string, readUpload: () => Promise<Buffer>, log: Log): Promise<Photo> {
  const row = await getEditableLotRow(db, actor, lotId);
  if (row.lot.status === 'closed') throw conflict('A closed lot cannot be changed');
  if ((await countLotPhotos(db, lotId)) >= photoUploadRules.maxPerLot) throw tooMany();

  const renditions = await processPhoto(await readUpload());
  const storageKey = randomUUID();
  await storage.save(storageKey, renditions);
  try {
    const photo = await db.transaction(async (tx) => {
      await lockOpenLot(tx, lotId);
      if ((await countLotPhotos(tx, lotId)) >= photoUploadRules.maxPerLot) throw tooMany();
      const inserted = await insertPhoto(tx, { lotId, storageKey, width: renditions.display.width, height: renditions.display.height });
      await updateLot(tx, lotId, {});
      await insertLotEvents(tx, [{ lotId, actorId: actor.id, kind: 'photo_added', changes: { photo: { from: null, to: inserted.id } } }]);
      return inserted;
    });
    return toPhoto(photo);
  } catch (err) {
    await removeFiles(storage, storageKey, log);
    throw err;
  }
}

/** Puts the lot's photos in a new order and optionally moves the cover; the order must name every photo once. */
export async function reorderPhotos(db: Db, actor: Actor, lotId: string, input: ReorderPhotosBody): Promise<Photo[]> {
  await getEditableLotRow(db, actor, lotId);
  await db.transaction(async (tx) => {
    await lockOpenLot(tx, lotId);
    const photos = await listLotPhotos(tx, lotId);
    const current = photos.map((p) => p.id);
    const known = new Set(current);
    const unknown = input.order.filter((id) => !known.has(id));
    if (unknown.length > 0 || input.order.length !== current.length) {
      const message =
        unknown.length > 0
          ? `The order names ${unknown.length === 1 ? 'a photo' : 'photos'} that the lot does not have`
          : `The order must list all ${current.length} photos of the lot`;
      throw invalid(message, [{ path: 'order', message }]);
    }

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (current.join() !== input.order.join()) {
      await setPhotoPositions(tx, lotId, input.order);
      changes.order = { from: current, to: input.order };
    }
    const oldCover = photos.find((p) => p.isCover)?.id ?? null;
    if (input.coverId && input.coverId !== oldCover) {
      await setCoverPhoto(tx, lotId, input.coverId);
      changes.cover = { from: oldCover, to: input.coverId };
    }
    if (Object.keys(changes).length === 0) return;
    await updateLot(tx, lotId, {});
    await insertLotEvents(tx, [{ lotId, actorId: actor.id, kind: 'photos_reordered', changes }]);
  });
  return (await listLotPhotos(db, lotId)).map(toPhoto);
}

/**
 * Removes a photo and its files. When it was the cover, the first remaining photo takes over.
 * Photos can be removed from closed lots too: someone may need a face or a number plate gone.
 */
export async function removePhoto(db: Db, storage: PhotoStorage, actor: Actor, lotId: string, photoId: string, log: Log): Promise<void> {
  await getEditableLotRow(db, actor, lotId);
  const removed = await db.transaction(async (tx) => {
    if (!(await lockLot(tx, lotId))) throw notFound('Lot');
    const photo = await deletePhoto(tx, lotId, photoId);
    if (!photo) throw notFound('Photo');
    await renumberPhotos(tx, lotId);
    const changes: Record<string, { from: unknown; to: unknown }> = { photo: { from: photo.id, to: null } };
    if (photo.isCover) {
      const [first] = await listLotPhotos(tx, lotId);
      if (first) await setCoverPhoto(tx, lotId, first.id);
      changes.cover = { from: photo.id, to: first?.id ?? null };
    }
    await updateLot(tx, lotId, {});
    await insertLotEvents(tx, [{ lotId, actorId: actor.id, kind: 'photo_removed', changes }]);
    return photo;
  });
  // After the commit: a failed removal leaves unreferenced files behind, never a photo without files.
  await removeFiles(storage, removed.storageKey, log);
}
