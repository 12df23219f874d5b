import { randomUUID } from 'node:crypto';
import { type createReservationBodySchema, type Reservation, type ReservationStatus } from '@byg360/shared';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { canEditProject, canSeeLot, isMember } from '../auth/policy.ts';
import type { Config } from '../config.ts';
import type { Db, Tx } from '../db/client.ts';
import { conflict, forbidden, invalid, notFound } from '../lib/errors.ts';
import { subtractDecimal, trimDecimal } from '../lib/decimal.ts';
import { notify } from '../notifications/notifications-repository.ts';
import { renderMail, type NotificationKind } from '../notifications/messages.ts';
import { checkKey, findReplay, requestHash } from './idempotency.ts';
import {
  createReservation,
  expireDueReservations,
  findLotToReserve,
  findReservationRow,
  listReservationRows,
  organisationMemberIds,
  releaseQuantity,
  transitionReservation,
  type NewReservation,
  type ReservationRow,
} from './reservations-repository.ts';

type ReservationConfig = Pick<Config, 'reservationResponseHours' | 'earlyAccessHours' | 'publicUrl'>;
type CreateInput = z.output<typeof createReservationBodySchema>;

const HOUR = 3_600_000;
const CONTACT_STATUSES: readonly ReservationStatus[] = ['accepted', 'collected'];

function toReservation(row: ReservationRow): Reservation {
  const r = row.reservation;
  const contact = row.contact;
  return {
    id: r.id,
    lot: { id: row.lot.id, title: row.lot.title, unit: row.lot.unit, projectId: row.lot.projectId, projectTitle: row.project.title, organisation: row.organisation.name },
    requester: row.requester,
    quantity: trimDecimal(r.quantity),
    status: r.status,
    pickupAt: r.pickupAt.toISOString(),
    message: r.message,
    reason: r.reason,
    expiresAt: r.expiresAt.toISOString(),
    contact:
      contact && CONTACT_STATUSES.includes(r.status)
      ? {
          organisation: row.organisation.name,
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          address: [row.project.address, [row.project.postcode, row.project.city].filter(Boolean).join(' ')].join(', '),
        }
      : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The reservation if the caller is its requester or acts for the lot's organisation; otherwise 404. */
async function getOwnReservation(db: Db | Tx, actor: Actor, id: string) {
  const row = await findReservationRow(db, id);
  if (!row) throw notFound('Reservation');
  const asRequester = row.reservation.requesterId === actor.id;
  const asContractor = canEditProject(actor, { organisationId: row.project.organisationId, organisationVerified: row.organisation.verified, municipalityCode: row.project.municipalityCode });
  if (!asRequester && !asContractor) throw notFound('Reservation');
  return { row, asRequester, asContractor };
}

export function earlyAccessUntil(publishedAt: Date | null, config: Pick<Config, 'earlyAccessHours'>): Date | null {
  return publishedAt ? new Date(publishedAt.getTime() + config.earlyAccessHours * HOUR) : null;
}

/** Makers of a verified organisation (MaterialeVærket and other upcyclers) may reserve during early access. */
const hasEarlyAccess = (actor: Actor) => actor.role === 'maker' && actor.actsForOrganisation;

/**
 * Checks the request against the lot, then decides it in one statement (createReservation): on
 * PostgreSQL that is one round trip after the lot is read, or three (begin, statement, commit) with
 * an Idempotency-Key, whose claim must be undone when the lot cannot give the quantity.
 */
export async function reserve(
  db: Db,
  config: ReservationConfig,
  actor: Actor,
  lotId: string,
  input: CreateInput,
  idempotencyKey: string | undefined,
): Promise<{ statusCode: number; body: Reservation }> {
  if (!['citizen', 'maker', 'contractor'].includes(actor.role)) throw forbidden('Planners and administrators do not reserve material');
  const lot = await findLotToReserve(db, lotId);
  if (!lot || !canSeeLot(actor, { ...lot.owner, status: lot.lot.status })) throw notFound('Lot');
  if (isMember(actor, lot.owner.organisationId)) throw forbidden('You cannot reserve your own organisation’s lot');
  if (lot.lot.status !== 'published') throw conflict('This lot is not open for reservations');
  const opensAt = earlyAccessUntil(lot.lot.publishedAt, config);
  if (opensAt && opensAt > new Date() && !hasEarlyAccess(actor)) {
    throw forbidden(`This lot is reserved for makers until ${opensAt.toISOString()}; it opens for everyone then`);
  }
  const pickupAt = new Date(input.pickupAt);
  checkPickup(pickupAt, lot.lot.availableFrom, lot.lot.pickUpBy);
  if (idempotencyKey !== undefined) checkKey(idempotencyKey);

  const answerBy = new Date(Date.now() + config.reservationResponseHours * HOUR);
  const pickUpByEnd = lot.lot.pickUpBy ? new Date(`${lot.lot.pickUpBy}T23:59:59Z`) : null;
  const expiresAt = pickUpByEnd && pickUpByEnd < answerBy ? pickUpByEnd : answerBy;
  const id = randomUUID();
  // The response is known before the statement but for its timestamps, which are the database's.
  const body: Omit<Reservation, 'createdAt' | 'updatedAt'> = {
    id,
    lot: { id: lot.lot.id, title: lot.lot.title, unit: lot.lot.unit, projectId: lot.project.id, projectTitle: lot.project.title, organisation: lot.organisation.name },
    requester: { id: actor.id, name: actor.name },
    quantity: input.quantity,
    status: 'pending',
    pickupAt: pickupAt.toISOString(),
    message: input.message,
    reason: null,
    expiresAt: expiresAt.toISOString(),
    contact: null,
  };
  const data = notificationData(body, lot.organisation.name);
  const reservation: NewReservation = {
    id,
    lotId,
    requesterId: actor.id,
    quantity: input.quantity,
    pickupAt,
    message: input.message,
    expiresAt,
    notification: {
      kind: 'reservation_requested',
      data,
      recipients: lot.recipients.map((r) => ({ userId: r.id, to: r.email, ...renderMail('reservation_requested', data, r.locale, config.publicUrl) })),
    },
  };
  const refused = () =>
    conflict(`Only ${subtractDecimal(lot.lot.quantity, lot.lot.reservedQuantity)} ${lot.lot.unit} is left to reserve, or the lot has just closed`, [
      { path: 'quantity', message: 'More than what is left' },
    ]);

  if (idempotencyKey === undefined) {
    const result = await createReservation(db, reservation);
    if (!result.held) throw refused();
    return { statusCode: 201, body: { ...body, createdAt: result.createdAt, updatedAt: result.createdAt } };
  }
  const hash = requestHash([lotId, input.quantity, pickupAt.toISOString(), input.message]);
  return db.transaction(async (tx) => {
    const result = await createReservation(tx, { ...reservation, idempotency: { key: idempotencyKey, scope: 'reserve', requestHash: hash, statusCode: 201, response: body } });
    if (!result.claimed) return findReplay<Reservation>(tx, actor.id, idempotencyKey, 'reserve', hash);
    if (!result.held) throw refused();
    return { statusCode: 201, body: { ...body, createdAt: result.createdAt, updatedAt: result.createdAt } };
  });
}

function checkPickup(pickupAt: Date, availableFrom: string | null, pickUpBy: string | null) {
  const fields: { path: string; message: string }[] = [];
  if (pickupAt.getTime() < Date.now() - 5 * 60_000) fields.push({ path: 'pickupAt', message: 'The pick-up time has passed' });
  if (availableFrom && pickupAt < new Date(`${availableFrom}T00:00:00Z`)) fields.push({ path: 'pickupAt', message: `The lot is available from ${availableFrom}` });
  if (pickUpBy && pickupAt > new Date(`${pickUpBy}T23:59:59Z`)) fields.push({ path: 'pickupAt', message: `The lot must be picked up by ${pickUpBy}` });
  if (fields.length) throw invalid(fields.map((f) => f.message).join('; '), fields);
}

/** What a notification about a reservation says; mails are rendered from the same data. */
function notificationData(r: Pick<Reservation, 'id' | 'lot' | 'quantity' | 'requester' | 'reason' | 'expiresAt'>, organisation: string) {
  return {
    reservationId: r.id,
    lotId: r.lot.id,
    lotTitle: r.lot.title,
    quantity: r.quantity,
    unit: r.lot.unit,
    requesterName: r.requester.name,
    organisation,
    reason: r.reason,
    expiresAt: r.expiresAt,
  };
}

async function notifyAbout(tx: Tx, config: ReservationConfig, row: ReservationRow, kind: NotificationKind, userIds: string[]) {
  await notify(tx, { userIds, kind, data: notificationData(toReservation(row), row.organisation.name) }, config.publicUrl);
}

type Action = 'accept' | 'decline' | 'cancel' | 'collect';

const ACTIONS: Record<Action, { from: readonly ReservationStatus[]; to: ReservationStatus; kind: NotificationKind; releases: boolean }> = {
  accept: { from: ['pending'], to: 'accepted', kind: 'reservation_accepted', releases: false },
  decline: { from: ['pending'], to: 'declined', kind: 'reservation_declined', releases: true },
  cancel: { from: ['pending', 'accepted'], to: 'cancelled', kind: 'reservation_cancelled', releases: true },
  collect: { from: ['accepted'], to: 'collected', kind: 'reservation_collected', releases: false },
};

/**
 * Accept, decline and collect are the contractor's; cancel is the requester's, or the
 * contractor's with a reason. The state change is one conditional update, so two people acting
 * at once cannot both succeed, and the quantity returns to the lot in the same transaction.
 */
export async function act(db: Db, config: ReservationConfig, actor: Actor, id: string, action: Action, reason: string | null): Promise<Reservation> {
  const { row, asRequester, asContractor } = await getOwnReservation(db, actor, id);
  const rule = ACTIONS[action];
  if (action === 'cancel') {
    if (!asRequester && !reason) throw invalid('Give the requester a reason for cancelling', [{ path: 'reason', message: 'Required when the contractor cancels' }]);
  } else if (!asContractor) {
    throw forbidden('Only the organisation that owns the lot can do this');
  }
  return db.transaction(async (tx) => {
    const changed = await transitionReservation(tx, id, rule.from, rule.to, { reason: reason ?? row.reservation.reason, decidedBy: actor.id });
    if (!changed) throw conflict(`This reservation is ${(await findReservationRow(tx, id))!.reservation.status} and cannot be ${action === 'collect' ? 'collected' : `${action}ed`}`);
    if (rule.releases) await releaseQuantity(tx, changed.lotId, changed.quantity);
    const updated = (await findReservationRow(tx, id))!;
    const byRequester = asRequester && action === 'cancel';
    const recipients = byRequester ? await organisationMemberIds(tx, row.project.organisationId) : [row.reservation.requesterId];
    await notifyAbout(tx, config, updated, rule.kind, recipients.filter((u) => u !== actor.id));
    return toReservation(updated);
  });
}

export async function listReservations(db: Db, actor: Actor, query: { as: 'requester' | 'contractor'; status?: ReservationStatus | undefined; lotId?: string | undefined }) {
  if (query.as === 'contractor') {
    if (!actor.organisationId || !actor.membershipApproved) return [];
    return (await listReservationRows(db, { organisationId: actor.organisationId, status: query.status, lotId: query.lotId })).map(toReservation);
  }
  return (await listReservationRows(db, { requesterId: actor.id, status: query.status, lotId: query.lotId })).map(toReservation);
}

export async function getReservation(db: Db, actor: Actor, id: string) {
  return toReservation((await getOwnReservation(db, actor, id)).row);
}

/** Background job: expires unanswered requests and tells both sides. */
export async function expireReservations(db: Db, config: ReservationConfig): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await expireDueReservations(tx);
    for (const e of expired) {
      const contractors = await organisationMemberIds(tx, e.organisation_id);
      await notify(
        tx,
        { userIds: [e.requester_id, ...contractors], kind: 'reservation_expired', data: { reservationId: e.id, lotId: e.lot_id, lotTitle: e.lot_title, quantity: trimDecimal(e.quantity), unit: e.unit } },
        config.publicUrl,
      );
    }
    return expired.length;
  });
}

