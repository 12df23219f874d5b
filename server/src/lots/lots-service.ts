import {
  createLotBodySchema,
  lotDateOrderProblem,
  lotRuleProblems,
  lotTransitions,
  outcomeSchema,
  updateLotBodySchema,
  type Lot,
  type LotRuleProblem,
  type LotStatus,
} from '@byg360/shared';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { canEditProject, canSeeAllOf, canSeeLot } from '../auth/policy.ts';
import type { Db, Tx } from '../db/client.ts';
import type { lots } from '../db/schema/index.ts';
import { conflict, forbidden, invalid, notFound } from '../lib/errors.ts';
import { subtractDecimal, trimDecimal } from '../lib/decimal.ts';
import { isCheckViolation } from '../lib/pg-errors.ts';
import { photoPaths } from '../photos/photo-urls.ts';
import { getEditableProject, getVisibleProject } from '../projects/projects-service.ts';
import {
  deleteUnreservedLot,
  findCategoryForLot,
  findLotRow,
  insertLotEvents,
  insertLots,
  listLotEvents,
  listLotRowsOfProject,
  listPhotosOfLots,
  lockLot,
  updateLot,
  type LotRow,
} from './lots-repository.ts';

export type CreateLotInput = z.output<typeof createLotBodySchema>;
type UpdateLotInput = z.output<typeof updateLotBodySchema>;
type LotInsert = typeof lots.$inferInsert;

const ownedOf = (row: LotRow) => ({
  organisationId: row.project.organisationId,
  organisationVerified: row.organisation.verified,
  municipalityCode: row.project.municipalityCode,
  status: row.lot.status,
});

async function toLots(db: Db | Tx, rows: LotRow[], actor: Actor | null): Promise<Lot[]> {
  const photos = await listPhotosOfLots(db, rows.map((r) => r.lot.id));
  return rows.map((row) => {
    const l = row.lot;
    const hasOutcome = l.outcomeRecordedAt !== null;
    return {
      id: l.id,
      projectId: l.projectId,
      category: row.category,
      organisation: row.organisation,
      title: l.title,
      description: l.description,
      quantity: trimDecimal(l.quantity),
      quantityLeft: subtractDecimal(l.quantity, l.reservedQuantity),
      unit: l.unit,
      condition: l.condition,
      dimensions: l.dimensions,
      priceDkk: trimDecimal(l.priceDkk),
      availableFrom: l.availableFrom,
      pickUpBy: l.pickUpBy,
      hazard: l.hazard,
      status: l.status,
      estimatedKg: row.estimatedKg === null ? null : trimDecimal(row.estimatedKg),
      co2eKg: row.co2eKg === null ? null : trimDecimal(row.co2eKg),
      location: { lat: row.project.lat, lon: row.project.lon, postcode: row.project.postcode, city: row.project.city, municipalityCode: row.project.municipalityCode },
      photos: photos
        .filter((p) => p.lotId === l.id)
        .map((p) => ({ id: p.id, ...photoPaths(p.storageKey), width: p.width, height: p.height, isCover: p.isCover, position: p.position })),
      outcome: hasOutcome ? { reused: trimDecimal(l.outcomeReused!), recycled: trimDecimal(l.outcomeRecycled!), disposed: trimDecimal(l.outcomeDisposed!) } : null,
      canEdit: canEditProject(actor, ownedOf(row)),
      publishedAt: l.publishedAt?.toISOString() ?? null,
      createdAt: l.createdAt.toISOString(),
      updatedAt: l.updatedAt.toISOString(),
    };
  });
}

/** The lot if the caller may see it; another organisation's draft is a 404 like a lot that does not exist. */
export async function getVisibleLotRow(db: Db, actor: Actor | null, id: string): Promise<LotRow> {
  const row = await findLotRow(db, id);
  if (!row || !canSeeLot(actor, ownedOf(row))) throw notFound('Lot');
  return row;
}

export async function getEditableLotRow(db: Db, actor: Actor | null, id: string): Promise<LotRow> {
  const row = await getVisibleLotRow(db, actor, id);
  if (!canEditProject(actor, ownedOf(row))) throw forbidden('Only members of the organisation that owns this lot may change it');
  return row;
}

export async function getLot(db: Db, actor: Actor | null, id: string): Promise<Lot> {
  const [lot] = await toLots(db, [await getVisibleLotRow(db, actor, id)], actor);
  return lot!;
}

export async function listProjectLots(db: Db, actor: Actor | null, projectId: string): Promise<Lot[]> {
  const project = await getVisibleProject(db, actor, projectId);
  const full = canSeeAllOf(actor, { organisationId: project.project.organisationId, organisationVerified: project.organisation.verified, municipalityCode: project.project.municipalityCode });
  return toLots(db, await listLotRowsOfProject(db, projectId, full ? undefined : ['published', 'closed']), actor);
}

/** Checks a lot against its category and its project's harvest window (lotRuleProblems); returns what is wrong, field by field. */
export async function checkLotRules(
  db: Db | Tx,
  lot: { categoryId: string; unit: string; availableFrom: string | null; pickUpBy: string | null },
  project: { harvestFrom: string | null; harvestTo: string | null },
  categoryCache?: Map<string, Awaited<ReturnType<typeof findCategoryForLot>>>,
): Promise<LotRuleProblem[]> {
  let category = categoryCache?.get(lot.categoryId);
  if (category === undefined) {
    category = await findCategoryForLot(db, lot.categoryId);
    categoryCache?.set(lot.categoryId, category);
  }
  return lotRuleProblems(lot, category, project);
}

/** Broken lot rules as a refusal that names each field, in English as the API speaks and by each rule's reason for clients to word. */
function refuseLotRules(problems: LotRuleProblem[]) {
  return invalid(
    problems.map((p) => p.message).join('; '),
    problems.map(({ path, message, code, params }) => ({ path, message, reason: code, params })),
  );
}

export function lotInsertOf(projectId: string, input: CreateLotInput): LotInsert {
  return {
    projectId,
    categoryId: input.categoryId,
    title: input.title,
    description: input.description,
    quantity: input.quantity,
    unit: input.unit,
    condition: input.condition,
    dimensions: input.dimensions,
    priceDkk: input.priceDkk,
    availableFrom: input.availableFrom,
    pickUpBy: input.pickUpBy,
    hazard: input.hazard,
    status: input.status,
    publishedAt: input.status === 'published' ? new Date() : null,
  };
}

/** Refuses to publish for an organisation that an administrator has not verified yet. */
function assertMayPublish(organisationVerified: boolean) {
  if (!organisationVerified) {
    throw conflict('Your organisation must be verified by an administrator before its lots can be published', [
      { path: 'status', message: 'Organisation not verified yet', reason: 'status.unverified_organisation', params: {} },
    ]);
  }
}

/** Inserts lots with their "created" events; used by the form and by the spreadsheet import. */
export async function insertLotsWithHistory(tx: Tx, actor: Actor, values: LotInsert[]) {
  const ids = await insertLots(tx, values);
  await insertLotEvents(
    tx,
    ids.map(({ id }, i) => ({ lotId: id, actorId: actor.id, kind: 'created', changes: creationChanges(values[i]!) })),
  );
  return ids.map((r) => r.id);
}

export async function createLot(db: Db, actor: Actor, projectId: string, input: CreateLotInput): Promise<Lot> {
  const project = await getEditableProject(db, actor, projectId);
  if (project.project.status === 'completed') throw conflict('The project is completed: no new lots can be added');
  const problems = await checkLotRules(db, input, project.project);
  if (problems.length) throw refuseLotRules(problems);
  if (input.status === 'published') assertMayPublish(project.organisation.verified);
  const [id] = await db.transaction((tx) => insertLotsWithHistory(tx, actor, [lotInsertOf(projectId, input)]));
  return getLot(db, actor, id!);
}

export async function changeLot(db: Db, actor: Actor, id: string, input: UpdateLotInput): Promise<Lot> {
  const row = await getEditableLotRow(db, actor, id);
  const merged = {
    categoryId: input.categoryId ?? row.lot.categoryId,
    unit: input.unit ?? row.lot.unit,
    availableFrom: input.availableFrom !== undefined ? input.availableFrom : row.lot.availableFrom,
    pickUpBy: input.pickUpBy !== undefined ? input.pickUpBy : row.lot.pickUpBy,
  };
  // The body schema's date rule, again for a change that moves only one of the dates.
  const order = lotDateOrderProblem(merged);
  if (order) throw refuseLotRules([{ path: 'pickUpBy', ...order }]);
  const problems = await checkLotRules(db, merged, row.project);
  if (problems.length) throw refuseLotRules(problems);

  await db
    .transaction(async (tx) => {
      const current = await lockLot(tx, id);
      if (!current) throw notFound('Lot');
      const { status, ...rest } = input;
      const values: Partial<LotInsert> = {};
      if (current.status === 'closed' && (Object.keys(rest).length > 0 || (status && status !== 'closed'))) {
        throw conflict('A closed lot cannot be changed');
      }
      if (status && status !== current.status) {
        assertTransition(current.status, status);
        if (status === 'published') assertMayPublish(row.organisation.verified);
        if (status === 'draft' && Number(current.reservedQuantity) > 0) throw conflict('A lot with reservations cannot go back to draft');
        values.status = status;
        if (status === 'published' && !current.publishedAt) values.publishedAt = new Date();
      }
      Object.assign(values, rest);
      const changes = diff(current, values);
      if (Object.keys(changes).length === 0) return;
      await updateLot(tx, id, values);
      await insertLotEvents(tx, [{ lotId: id, actorId: actor.id, kind: eventKind(values.status), changes }]);
    })
    .catch((err: unknown) => {
      if (isCheckViolation(err, 'lots_reserved_within_quantity') || isCheckViolation(err, 'lots_outcome_within_quantity')) {
        throw conflict('The quantity cannot be less than what is already reserved', [{ path: 'quantity', message: 'Less than what is reserved' }]);
      }
      throw err;
    });
  return getLot(db, actor, id);
}

function assertTransition(from: LotStatus, to: LotStatus) {
  if (!lotTransitions[from].includes(to)) {
    throw conflict(`A ${from} lot cannot become ${to}`, [{ path: 'status', message: `Not allowed from ${from}` }]);
  }
}

const eventKind = (status: LotStatus | undefined) =>
  status === 'published' ? 'published' : status === 'closed' ? 'closed' : status === 'draft' ? 'unpublished' : 'updated';

export async function removeLot(db: Db, actor: Actor, id: string): Promise<void> {
  await getEditableLotRow(db, actor, id);
  await db.transaction(async (tx) => {
    if (!(await deleteUnreservedLot(tx, id))) throw conflict('A lot with reservations cannot be deleted; close it instead');
    await insertLotEvents(tx, [{ lotId: id, actorId: actor.id, kind: 'deleted', changes: {} }]);
  });
}

/** Records what became of the lot when its project is completed. The database refuses more than the quantity in total. */
export async function recordOutcome(db: Db, actor: Actor, id: string, input: z.output<typeof outcomeSchema>): Promise<Lot> {
  const row = await getEditableLotRow(db, actor, id);
  if (row.project.status !== 'completed') throw conflict('Outcomes are recorded when the project is completed');
  await db
    .transaction(async (tx) => {
      const current = await lockLot(tx, id);
      if (!current) throw notFound('Lot');
      const values = { outcomeReused: input.reused, outcomeRecycled: input.recycled, outcomeDisposed: input.disposed, outcomeRecordedAt: new Date() };
      const changes = diff(current, { outcomeReused: input.reused, outcomeRecycled: input.recycled, outcomeDisposed: input.disposed });
      await updateLot(tx, id, values);
      await insertLotEvents(tx, [{ lotId: id, actorId: actor.id, kind: 'outcome', changes }]);
    })
    .catch((err: unknown) => {
      if (isCheckViolation(err, 'lots_outcome_within_quantity')) {
        throw invalid(`Reused, recycled and disposed together cannot exceed the lot's quantity (${trimDecimal(row.lot.quantity)} ${row.lot.unit})`, [
          { path: 'reused', message: 'The sum exceeds the quantity' },
        ]);
      }
      throw err;
    });
  return getLot(db, actor, id);
}

export async function lotHistory(db: Db, actor: Actor | null, id: string) {
  const row = await getVisibleLotRow(db, actor, id);
  if (!canSeeAllOf(actor, ownedOf(row))) throw forbidden('Only the owning organisation, its municipality and administrators see the history');
  const events = await listLotEvents(db, id);
  return events.map((e) => ({
    id: e.id.toString(),
    at: e.at.toISOString(),
    kind: e.kind,
    changes: e.changes,
    actor: e.actorId ? { id: e.actorId, name: e.actorName! } : null,
  }));
}

const TRACKED: (keyof LotInsert)[] = [
  'categoryId', 'title', 'description', 'quantity', 'unit', 'condition', 'dimensions', 'priceDkk', 'availableFrom', 'pickUpBy', 'hazard', 'status',
  'outcomeReused', 'outcomeRecycled', 'outcomeDisposed',
];

function comparable(value: unknown) {
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)) return trimDecimal(value);
  return JSON.stringify(value ?? null);
}

const tidy = (value: unknown) => (typeof value === 'string' && /^\d+\.\d+$/.test(value) ? trimDecimal(value) : (value ?? null));

function diff(current: Record<string, unknown>, next: Partial<LotInsert>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of TRACKED) {
    if (!(key in next)) continue;
    const to = (next as Record<string, unknown>)[key];
    const from = current[key];
    if (comparable(from) !== comparable(to)) changes[key] = { from: tidy(from), to: tidy(to) };
  }
  return changes;
}

function creationChanges(values: LotInsert) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of TRACKED) if (values[key] != null) changes[key] = { from: null, to: values[key] };
  return changes;
}
