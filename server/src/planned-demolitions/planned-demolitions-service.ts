import {
  archetypeLabels,
  postcodeInAddress,
  type createPlannedDemolitionBodySchema,
  type Estimate,
  type EstimateItem,
  type PlannedDemolition,
  type updatePlannedDemolitionBodySchema,
  type Unit,
} from '@byg360/shared';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { isAdmin } from '../auth/policy.ts';
import type { Db } from '../db/client.ts';
import { forbidden, invalid, notFound, unauthorized } from '../lib/errors.ts';
import { municipalityExists } from '../organisations/organisations-repository.ts';
import { problem, type Problem } from '../imports/issues.ts';
import { listPlaces } from '../places/places-repository.ts';
import { exactSum, trimDecimal } from '../lib/decimal.ts';
import {
  deletePlannedDemolitions,
  estimateItemsOf,
  findPlannedDemolitionRow,
  insertPlannedDemolitions,
  listPlannedDemolitionRows,
  updatePlannedDemolition,
  type EstimateItemRow,
  type PlannedDemolitionRow,
} from './planned-demolitions-repository.ts';

type CreateInput = z.output<typeof createPlannedDemolitionBodySchema>;
type UpdateInput = z.output<typeof updatePlannedDemolitionBodySchema>;

/** Whose planned demolitions the caller may see and change: one municipality (a planner's), or all (null, administrators). */
export interface PlannerScope {
  municipalityCode: string | null;
}

/**
 * Planned demolitions are the municipality's working data: its planners (of a verified
 * municipality organisation, membership approved) and administrators only. Everyone else gets
 * 403, whatever the record; a planner asking for another municipality's record gets 404.
 */
export function plannerScope(actor: Actor | null): PlannerScope {
  if (!actor) throw unauthorized();
  if (isAdmin(actor)) return { municipalityCode: null };
  if (actor.role === 'planner' && actor.actsForOrganisation && actor.municipalityCode) return { municipalityCode: actor.municipalityCode };
  if (actor.role === 'planner') throw forbidden('Your municipality’s organisation must be verified, and your membership approved, before you can see its planned demolitions');
  throw forbidden('Planned demolitions are for the municipality’s planners');
}

const inScope = (scope: PlannerScope, row: { municipalityCode: string }) => scope.municipalityCode === null || scope.municipalityCode === row.municipalityCode;

// ── Estimates ───────────────────────────────────────────────────────────────────────

function toItem(r: EstimateItemRow): EstimateItem {
  return {
    intensityId: r.intensity_id!,
    categoryId: r.category_id!,
    categorySlug: r.category_slug!,
    categoryNameDa: r.name_da!,
    categoryNameEn: r.name_en!,
    kgPerM2: trimDecimal(r.kg_per_m2!),
    kg: trimDecimal(r.kg!),
    quantity: r.quantity === null ? null : trimDecimal(r.quantity),
    unit: r.default_unit as Unit,
    co2eKg: r.co2e_kg === null ? null : trimDecimal(r.co2e_kg),
    source: r.source!,
  };
}

/** The estimate of one building from its item rows (all rows with the same key). */
export function toEstimate(rows: EstimateItemRow[]): Estimate {
  const archetype = rows[0]?.archetype ?? null;
  const items = rows.filter((r) => r.intensity_id !== null).map(toItem);
  return {
    archetype,
    archetypeLabel: archetype ? (archetypeLabels[archetype] ?? null) : null,
    match: archetype ? (rows[0]!.match ?? 'nearest-era') : 'none',
    totalKg: exactSum(items.map((i) => i.kg)),
    totalCo2eKg: exactSum(items.map((i) => i.co2eKg)),
    items,
  };
}

export function groupByKey(rows: EstimateItemRow[]): Map<string, EstimateItemRow[]> {
  const byKey = new Map<string, EstimateItemRow[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  return byKey;
}

function toPlannedDemolition(row: PlannedDemolitionRow, estimateRows: EstimateItemRow[]): PlannedDemolition {
  return {
    id: row.id,
    municipalityCode: row.municipalityCode,
    address: row.address,
    postcode: row.postcode,
    lat: row.lat,
    lon: row.lon,
    buildingUse: row.buildingUse,
    constructionType: row.constructionType,
    constructionYear: row.constructionYear,
    floorAreaM2: trimDecimal(row.floorAreaM2),
    expectedYear: row.expectedYear,
    note: row.note,
    estimate: toEstimate(estimateRows),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function withEstimates(db: Db, rows: PlannedDemolitionRow[]): Promise<PlannedDemolition[]> {
  const items = groupByKey(await estimateItemsOf(db, rows.map((r) => r.id)));
  return rows.map((r) => toPlannedDemolition(r, items.get(r.id) ?? []));
}

// ── Reading ─────────────────────────────────────────────────────────────────────────

export async function listPlannedDemolitions(
  db: Db,
  actor: Actor | null,
  query: { municipality?: string | undefined; postcode?: string | undefined; expectedFrom?: number | undefined; expectedTo?: number | undefined },
) {
  const scope = plannerScope(actor);
  if (scope.municipalityCode !== null && query.municipality !== undefined && query.municipality !== scope.municipalityCode) {
    throw forbidden('Planners see the planned demolitions of their own municipality');
  }
  const rows = await listPlannedDemolitionRows(db, { ...query, municipalityCode: scope.municipalityCode ?? query.municipality });
  const plannedDemolitions = await withEstimates(db, rows);
  const byCategory = new Map<string, EstimateItem[]>();
  for (const item of plannedDemolitions.flatMap((p) => p.estimate.items)) byCategory.set(item.categoryId, [...(byCategory.get(item.categoryId) ?? []), item]);
  const totals = [...byCategory.values()].map((items) => {
    const { categoryId, categorySlug, categoryNameDa, categoryNameEn, unit } = items[0]!;
    const quantities = items.map((i) => i.quantity);
    return {
      categoryId,
      categorySlug,
      categoryNameDa,
      categoryNameEn,
      unit,
      kg: exactSum(items.map((i) => i.kg)),
      quantity: quantities.includes(null) ? null : exactSum(quantities),
      co2eKg: items.some((i) => i.co2eKg !== null) ? exactSum(items.map((i) => i.co2eKg)) : null,
    };
  });
  return {
    plannedDemolitions,
    totals,
    totalKg: exactSum(plannedDemolitions.map((p) => p.estimate.totalKg)),
    totalCo2eKg: exactSum(plannedDemolitions.map((p) => p.estimate.totalCo2eKg)),
  };
}

async function getVisibleRow(db: Db, actor: Actor | null, id: string): Promise<{ row: PlannedDemolitionRow; scope: PlannerScope }> {
  const scope = plannerScope(actor);
  const row = await findPlannedDemolitionRow(db, id);
  if (!row || !inScope(scope, row)) throw notFound('Planned demolition');
  return { row, scope };
}

export async function getPlannedDemolition(db: Db, actor: Actor | null, id: string): Promise<PlannedDemolition> {
  const { row } = await getVisibleRow(db, actor, id);
  return (await withEstimates(db, [row]))[0]!;
}

// ── Where a building is ─────────────────────────────────────────────────────────────

export interface PlaceLookup {
  places: Map<string, { municipalityCode: string; lat: number; lon: number }>;
  municipalityExists(code: string): Promise<boolean>;
}

export async function placeLookup(db: Db): Promise<PlaceLookup> {
  const places = new Map<string, { municipalityCode: string; lat: number; lon: number }>();
  for (const p of await listPlaces(db)) if (!places.has(p.postcode)) places.set(p.postcode, { municipalityCode: p.municipalityCode, lat: p.lat, lon: p.lon });
  const known = new Map<string, boolean>();
  return {
    places,
    async municipalityExists(code) {
      if (!known.has(code)) known.set(code, await municipalityExists(db, code));
      return known.get(code)!;
    },
  };
}

export type Located =
  | { ok: true; value: { postcode: string; municipalityCode: string; lat: number | null; lon: number | null } }
  | ({ ok: false; path: 'postcode' | 'municipalityCode' | 'address'; forbidden?: boolean } & Problem);

const notLocated = (path: 'postcode' | 'municipalityCode', found: Problem, forbidden?: boolean): Located => ({ ok: false, path, ...found, ...(forbidden && { forbidden }) });

/**
 * Postcode (given, or read from the end of the address), municipality (a planner's own; an
 * administrator's choice or the postcode's) and coordinates (given, or the postcode's town).
 */
export async function locate(
  lookup: PlaceLookup,
  scope: PlannerScope,
  input: { address: string | null; postcode: string | null; municipalityCode: string | null; lat: number | null; lon: number | null },
): Promise<Located> {
  const postcode = input.postcode ?? (input.address ? postcodeInAddress(input.address) : null);
  if (!postcode) return notLocated('postcode', problem('postcode.missing', {}, 'Give the postcode, or an address that ends with it ("Storegade 1, 3700 Rønne")'));
  const place = lookup.places.get(postcode);
  let municipalityCode: string;
  if (scope.municipalityCode !== null) {
    if (input.municipalityCode !== null && input.municipalityCode !== scope.municipalityCode) {
      return notLocated('municipalityCode', problem('municipality.not_own', {}, 'Planners register planned demolitions in their own municipality'), true);
    }
    if (place && place.municipalityCode !== scope.municipalityCode) {
      const params = { postcode, municipalityCode: place.municipalityCode };
      return notLocated('postcode', problem('postcode.other_municipality', params, `Postcode ${postcode} is in another municipality (${place.municipalityCode})`));
    }
    municipalityCode = scope.municipalityCode;
  } else {
    const code = input.municipalityCode ?? place?.municipalityCode;
    if (!code) return notLocated('municipalityCode', problem('municipality.missing', { postcode }, `Name the municipality: postcode ${postcode} is not known to the exchange`));
    if (!(await lookup.municipalityExists(code))) {
      return notLocated('municipalityCode', problem('municipality.unknown', { municipalityCode: code }, `Unknown municipality code ${code}`));
    }
    municipalityCode = code;
  }
  const atTown = place && place.municipalityCode === municipalityCode;
  return {
    ok: true,
    value: { postcode, municipalityCode, lat: input.lat ?? (atTown ? place.lat : null), lon: input.lon ?? (atTown ? place.lon : null) },
  };
}

function located(result: Located) {
  if (result.ok) return result.value;
  if (result.forbidden) throw forbidden(result.message);
  throw invalid(result.message, [{ path: result.path, message: result.message }]);
}

// ── Changing ────────────────────────────────────────────────────────────────────────

export async function createPlannedDemolition(db: Db, actor: Actor, input: CreateInput): Promise<PlannedDemolition> {
  const scope = plannerScope(actor);
  const place = located(await locate(await placeLookup(db), scope, input));
  const [id] = await insertPlannedDemolitions(db, [
    {
      ...place,
      organisationId: actor.organisationId,
      createdBy: actor.id,
      address: input.address,
      buildingUse: input.buildingUse,
      constructionType: input.constructionType,
      constructionYear: input.constructionYear,
      floorAreaM2: input.floorAreaM2,
      expectedYear: input.expectedYear,
      note: input.note,
    },
  ]);
  return getPlannedDemolition(db, actor, id!);
}

export async function changePlannedDemolition(db: Db, actor: Actor, id: string, input: UpdateInput): Promise<PlannedDemolition> {
  const { row, scope } = await getVisibleRow(db, actor, id);
  const { lat, lon, municipalityCode, postcode, address, ...rest } = input;
  const values: Parameters<typeof updatePlannedDemolition>[2] = { ...rest };
  if (address !== undefined) values.address = address;
  if (postcode !== undefined || municipalityCode !== undefined || lat !== undefined || lon !== undefined || address !== undefined) {
    const moved = postcode !== undefined || municipalityCode !== undefined;
    const place = located(
      await locate(await placeLookup(db), scope, {
        address: address !== undefined ? address : row.address,
        postcode: postcode ?? row.postcode,
        municipalityCode: municipalityCode ?? row.municipalityCode,
        // A new postcode without new coordinates moves the building to the postcode's town.
        lat: lat !== undefined ? lat : moved ? null : row.lat,
        lon: lon !== undefined ? lon : moved ? null : row.lon,
      }),
    );
    Object.assign(values, place);
  }
  if (!(await updatePlannedDemolition(db, id, values))) throw notFound('Planned demolition');
  return getPlannedDemolition(db, actor, id);
}

export async function removePlannedDemolition(db: Db, actor: Actor, id: string): Promise<void> {
  await getVisibleRow(db, actor, id);
  await deletePlannedDemolitions(db, [id]);
}
