import type { z } from 'zod';
import type { createWantedBodySchema, PublicWanted, updateWantedBodySchema, Wanted, WantedListQuery } from '@byg360/shared';
import type { Actor } from '../auth/actor.ts';
import { isAdmin } from '../auth/policy.ts';
import type { Db } from '../db/client.ts';
import { trimDecimal } from '../lib/decimal.ts';
import { invalid, notFound } from '../lib/errors.ts';
import { findCategoryForLot } from '../lots/lots-repository.ts';
import { findPlaceByPostcode } from '../places/places-repository.ts';
import {
  deleteWanted,
  findPlaceNear,
  findWantedRow,
  insertWanted,
  listOpenWantedRows,
  listWantedRowsOfUser,
  updateWanted,
  type WantedInsert,
  type WantedRow,
} from './wanted-repository.ts';

type CreateInput = z.output<typeof createWantedBodySchema>;
type UpdateInput = z.output<typeof updateWantedBodySchema>;

/** A clicked point gets the postcode and municipality of a town this close, if there is one. */
const PLACE_RADIUS_KM = 15;

const round2 = (n: number) => Math.round(n * 100) / 100;

export function toPublicWanted(row: WantedRow): PublicWanted {
  const w = row.post;
  return {
    id: w.id,
    category: row.category,
    title: w.title,
    quantity: w.quantity === null ? null : trimDecimal(w.quantity),
    unit: w.unit,
    area: { lat: round2(w.lat), lon: round2(w.lon), radiusKm: Number(w.radiusKm), postcode: w.postcode, municipalityCode: w.municipalityCode },
    neededBy: w.neededBy,
    note: w.note,
    hasSearch: w.search !== null,
    createdAt: w.createdAt.toISOString(),
  };
}

function toWanted(row: WantedRow): Wanted {
  const w = row.post;
  return { ...toPublicWanted(row), status: w.status, lat: w.lat, lon: w.lon, search: w.search, updatedAt: w.updatedAt.toISOString() };
}

/** Where the post is: the given point (named after a nearby town) or the town of the postcode. */
async function placeOf(db: Db, input: { lat?: number | undefined; lon?: number | undefined; postcode?: string | undefined }) {
  if (input.lat !== undefined && input.lon !== undefined) {
    const named = input.postcode ? await findPlaceByPostcode(db, input.postcode) : await findPlaceNear(db, input.lat, input.lon, PLACE_RADIUS_KM);
    return { lat: input.lat, lon: input.lon, postcode: named?.postcode ?? input.postcode ?? null, municipalityCode: named?.municipalityCode ?? null };
  }
  const place = await findPlaceByPostcode(db, input.postcode!);
  if (!place) throw invalid('Unknown postcode: choose the place on the map instead', [{ path: 'postcode', message: 'Unknown postcode' }]);
  return { lat: place.lat, lon: place.lon, postcode: place.postcode, municipalityCode: place.municipalityCode };
}

async function checkCategory(db: Db, categoryId: string | null | undefined, unit: string | null | undefined) {
  if (!categoryId) return;
  const category = await findCategoryForLot(db, categoryId);
  if (!category) throw invalid('Unknown category', [{ path: 'categoryId', message: 'Unknown category' }]);
  if (unit && !(category.allowedUnits as string[]).includes(unit)) {
    throw invalid(`${category.nameEn} is counted in ${category.allowedUnits.join(', ')}`, [{ path: 'unit', message: `Use one of ${category.allowedUnits.join(', ')}` }]);
  }
}

export async function createWanted(db: Db, actor: Actor, input: CreateInput): Promise<Wanted> {
  await checkCategory(db, input.categoryId, input.unit);
  const place = await placeOf(db, input);
  const id = await insertWanted(db, {
    userId: actor.id,
    categoryId: input.categoryId ?? null,
    search: (input.search as Record<string, unknown> | null | undefined) ?? null,
    title: input.title ?? null,
    note: input.note ?? null,
    quantity: input.quantity ?? null,
    unit: input.unit ?? null,
    ...place,
    radiusKm: String(input.radiusKm),
    neededBy: input.neededBy ?? null,
  });
  return toWanted((await findWantedRow(db, id))!);
}

export async function listWanted(db: Db, query: WantedListQuery) {
  const { rows, total } = await listOpenWantedRows(db, query, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { wanted: rows.map(toPublicWanted), total, page: query.page, pageSize: query.pageSize };
}

export async function listMyWanted(db: Db, actor: Actor): Promise<Wanted[]> {
  return (await listWantedRowsOfUser(db, actor.id)).map(toWanted);
}

/** One open post as anyone sees it; the author also sees their closed ones. */
export async function getWanted(db: Db, actor: Actor | null, id: string): Promise<PublicWanted> {
  const row = await findWantedRow(db, id);
  if (!row || (row.post.status !== 'open' && row.post.userId !== actor?.id)) throw notFound('Wanted post');
  return toPublicWanted(row);
}

/** The author's own post; anyone else's is a 404, as if it did not exist. */
async function ownRow(db: Db, actor: Actor, id: string, allowAdmin = false) {
  const row = await findWantedRow(db, id);
  if (!row || (row.post.userId !== actor.id && !(allowAdmin && isAdmin(actor)))) throw notFound('Wanted post');
  return row;
}

export async function changeWanted(db: Db, actor: Actor, id: string, input: UpdateInput): Promise<Wanted> {
  const row = await ownRow(db, actor, id);
  const categoryId = input.categoryId !== undefined ? input.categoryId : row.post.categoryId;
  const search = input.search !== undefined ? input.search : row.post.search;
  if (!categoryId && !search) throw invalid('Choose a category or save a search', [{ path: 'categoryId', message: 'Choose a category or save a search' }]);
  const quantity = input.quantity !== undefined ? input.quantity : row.post.quantity;
  const unit = input.unit !== undefined ? input.unit : row.post.unit;
  if ((quantity === null) !== (unit === null)) throw invalid('A quantity needs a unit, and a unit a quantity', [{ path: 'unit', message: 'A quantity needs a unit' }]);
  await checkCategory(db, categoryId, unit);

  const values: Partial<WantedInsert> = {};
  if (input.categoryId !== undefined) values.categoryId = input.categoryId;
  if (input.search !== undefined) values.search = input.search as Record<string, unknown> | null;
  if (input.title !== undefined) values.title = input.title;
  if (input.note !== undefined) values.note = input.note;
  if (input.quantity !== undefined) values.quantity = input.quantity;
  if (input.unit !== undefined) values.unit = input.unit;
  if (input.radiusKm !== undefined) values.radiusKm = String(input.radiusKm);
  if (input.neededBy !== undefined) values.neededBy = input.neededBy;
  if (input.status !== undefined) values.status = input.status;
  if (input.lat !== undefined || input.postcode !== undefined) Object.assign(values, await placeOf(db, input));
  if (Object.keys(values).length > 0) await updateWanted(db, id, values);
  return toWanted((await findWantedRow(db, id))!);
}

/** The author deletes their post; an administrator may remove any (moderation). */
export async function removeWanted(db: Db, actor: Actor, id: string): Promise<void> {
  await ownRow(db, actor, id, true);
  await deleteWanted(db, id);
}
