import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ReservationStatus } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { idempotencyKeys, lots, mailOutbox, notifications, organisations, projects, reservations, users } from '../db/schema/index.ts';

type Conn = Db | Tx;

const requester = alias(users, 'requester');
const contactUser = alias(users, 'contact_user');

const reservationColumns = {
  reservation: reservations,
  lot: { id: lots.id, title: lots.title, unit: lots.unit, projectId: lots.projectId },
  project: { title: projects.title, address: projects.address, postcode: projects.postcode, city: projects.city, municipalityCode: projects.municipalityCode, organisationId: projects.organisationId },
  organisation: { name: organisations.name, verified: organisations.verified },
  requester: { id: requester.id, name: requester.name },
  contact: { name: contactUser.name, email: contactUser.email, phone: contactUser.phone },
};

export type ReservationRow = Awaited<ReturnType<typeof selectReservations>>[number];

function selectReservations(db: Conn, where: SQL | undefined) {
  return db
    .select(reservationColumns)
    .from(reservations)
    .innerJoin(lots, eq(lots.id, reservations.lotId))
    .innerJoin(projects, eq(projects.id, lots.projectId))
    .innerJoin(organisations, eq(organisations.id, projects.organisationId))
    .innerJoin(requester, eq(requester.id, reservations.requesterId))
    .leftJoin(contactUser, eq(contactUser.id, projects.createdBy))
    .where(where)
    .orderBy(desc(reservations.createdAt), desc(reservations.id));
}

export async function findReservationRow(db: Conn, id: string) {
  const [row] = await selectReservations(db, eq(reservations.id, id));
  return row ?? null;
}

export async function listReservationRows(db: Conn, filter: { requesterId?: string; organisationId?: string; status?: ReservationStatus | undefined; lotId?: string | undefined }) {
  return selectReservations(
    db,
    and(
      filter.requesterId ? eq(reservations.requesterId, filter.requesterId) : undefined,
      filter.organisationId ? eq(projects.organisationId, filter.organisationId) : undefined,
      filter.status ? eq(reservations.status, filter.status) : undefined,
      filter.lotId ? eq(reservations.lotId, filter.lotId) : undefined,
    ),
  ).limit(500);
}

export interface Recipient {
  id: string;
  email: string;
  locale: 'da' | 'en';
}

/**
 * What a reservation request needs to know about the lot, in one query: the fields its rules check,
 * the names its response shows, and the approved members of the owning organisation, who are told.
 */
export async function findLotToReserve(db: Conn, lotId: string) {
  const [row] = await db
    .select({
      lot: {
        id: lots.id,
        title: lots.title,
        unit: lots.unit,
        status: lots.status,
        quantity: lots.quantity,
        reservedQuantity: lots.reservedQuantity,
        publishedAt: lots.publishedAt,
        availableFrom: lots.availableFrom,
        pickUpBy: lots.pickUpBy,
      },
      project: { id: projects.id, title: projects.title },
      organisation: { name: organisations.name },
      /** What the access policy decides on. */
      owner: { organisationId: projects.organisationId, organisationVerified: organisations.verified, municipalityCode: projects.municipalityCode },
      recipients: sql<Recipient[]>`coalesce((
        select json_agg(json_build_object('id', u.id, 'email', u.email, 'locale', u.locale) order by u.id)
        from ${users} u where u.organisation_id = ${projects.organisationId} and u.membership_approved), '[]'::json)`,
    })
    .from(lots)
    .innerJoin(projects, eq(projects.id, lots.projectId))
    .innerJoin(organisations, eq(organisations.id, projects.organisationId))
    .where(and(eq(lots.id, lotId), isNull(lots.deletedAt)));
  return row ?? null;
}

export interface NewReservation {
  id: string;
  lotId: string;
  requesterId: string;
  quantity: string;
  pickupAt: Date;
  message: string | null;
  expiresAt: Date;
  /** One in-app notification and one mail per recipient. */
  notification: { kind: string; data: Record<string, unknown>; recipients: { userId: string; to: string; subject: string; body: string }[] };
  /** Claims the key for this request and stores `response`, with its timestamps, as the one to replay. */
  idempotency?: { key: string; scope: string; requestHash: string; statusCode: number; response: Record<string, unknown> };
}

/**
 * Creates a reservation in one statement, each step only when the one before succeeded: claims the
 * idempotency key (when given), holds the quantity on the lot, inserts the reservation, its
 * notifications and their mails.
 *
 * The hold is one conditional update: it succeeds only while the lot is published and the new total
 * stays within the lot's quantity. Concurrent requests queue on the row lock and each re-checks the
 * total the previous one left, so the lot can never be over-reserved; as the lot's row is locked by
 * the last statement before the commit, requests for one lot wait for each other as briefly as can be.
 *
 * `claimed` is false when the key was already used (nothing was written); `held` is false when the
 * lot cannot give the quantity, and then nothing was written but the key claim, which the caller's
 * transaction must roll back. `createdAt` is the reservation's created_at (= updated_at), formatted
 * as Date.toISOString() formats it.
 */
export async function createReservation(db: Conn, r: NewReservation): Promise<{ claimed: boolean; held: boolean; createdAt: string }> {
  const key = r.idempotency;
  const now = sql`to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const claim = key
    ? sql`claimed as (
        insert into ${idempotencyKeys} (user_id, key, scope, request_hash, status_code, response)
        values (${r.requesterId}::uuid, ${key.key}, ${key.scope}, ${key.requestHash}, ${key.statusCode},
          ${JSON.stringify(key.response)}::jsonb || jsonb_build_object('createdAt', ${now}, 'updatedAt', ${now}))
        on conflict do nothing
        returning 1
      ),`
    : sql`claimed as (select 1),`;
  const recipients = r.notification.recipients.map((m) => ({ user_id: m.userId, to: m.to, subject: m.subject, body: m.body }));
  const { rows } = await db.execute<{ claimed: boolean; held: boolean; created_at: string }>(sql`
    with ${claim}
    held as (
      update ${lots} set reserved_quantity = reserved_quantity + ${r.quantity}::numeric
      where id = ${r.lotId}::uuid and status = 'published' and deleted_at is null
        and reserved_quantity + ${r.quantity}::numeric <= quantity
        and exists (select from claimed)
      returning id
    ), created as (
      insert into ${reservations} (id, lot_id, requester_id, quantity, pickup_at, message, expires_at)
      select ${r.id}::uuid, held.id, ${r.requesterId}::uuid, ${r.quantity}::numeric, ${r.pickupAt.toISOString()}::timestamptz,
        ${r.message}::text, ${r.expiresAt.toISOString()}::timestamptz
      from held
      returning id
    ), recipients as (
      select m.* from created, jsonb_to_recordset(${JSON.stringify(recipients)}::jsonb)
        as m(user_id uuid, "to" text, subject text, body text)
    ), notified as (
      insert into ${notifications} (user_id, kind, data)
      select user_id, ${r.notification.kind}, ${JSON.stringify(r.notification.data)}::jsonb from recipients
    ), mailed as (
      insert into ${mailOutbox} ("to", subject, body)
      select "to", subject, body from recipients
    )
    select exists (select from claimed) as claimed, exists (select from created) as held, ${now} as created_at`);
  const row = rows[0]!;
  return { claimed: row.claimed, held: row.held, createdAt: row.created_at };
}

export async function releaseQuantity(tx: Conn, lotId: string, quantity: string) {
  await tx.update(lots).set({ reservedQuantity: sql`${lots.reservedQuantity} - ${quantity}::numeric` }).where(eq(lots.id, lotId));
}

/** Moves a reservation from one of `from` to `to`; null when it was not in such a state (someone else acted first). */
export async function transitionReservation(tx: Conn, id: string, from: readonly ReservationStatus[], to: ReservationStatus, extra: Partial<typeof reservations.$inferInsert> = {}) {
  const [row] = await tx
    .update(reservations)
    .set({ ...extra, status: to, updatedAt: sql`now()` })
    .where(and(eq(reservations.id, id), inArray(reservations.status, [...from])))
    .returning();
  return row ?? null;
}

/** Approved members of an organisation: they receive its reservation requests. */
export async function organisationMemberIds(db: Conn, organisationId: string) {
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.organisationId, organisationId), eq(users.membershipApproved, true)));
  return rows.map((r) => r.id);
}

export type ExpiredReservation = {
  id: string;
  lot_id: string;
  requester_id: string;
  quantity: string;
  organisation_id: string;
  lot_title: string;
  unit: string;
};

/**
 * Expires pending reservations whose answer time or the lot's pick-up-by date has passed, and
 * returns their quantity to the lots — one statement, with SKIP LOCKED so that several server
 * instances can run it at once without touching the same reservation twice.
 */
export async function expireDueReservations(db: Conn, limit = 500): Promise<ExpiredReservation[]> {
  const { rows } = await db.execute<ExpiredReservation>(sql`
    with due as (
      select r.id from reservations r join lots l on l.id = r.lot_id
      where r.status = 'pending' and (r.expires_at <= now() or (l.pick_up_by is not null and l.pick_up_by < current_date))
      order by r.expires_at
      limit ${limit}
      for update of r skip locked
    ), expired as (
      update reservations r set status = 'expired', updated_at = now()
      from due where r.id = due.id and r.status = 'pending'
      returning r.id, r.lot_id, r.requester_id, r.quantity
    ), released as (
      update lots l set reserved_quantity = l.reserved_quantity - s.quantity
      from (select lot_id, sum(quantity) as quantity from expired group by lot_id) s
      where l.id = s.lot_id
      returning l.id
    )
    select e.id, e.lot_id, e.requester_id, e.quantity::text as quantity, p.organisation_id, l.title as lot_title, l.unit::text as unit
    from expired e join lots l on l.id = e.lot_id join projects p on p.id = l.project_id
  `);
  return rows;
}
