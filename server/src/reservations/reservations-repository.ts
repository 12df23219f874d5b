import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ReservationStatus } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { lots, organisations, projects, reservations, users } from '../db/schema/index.ts';

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

/**
 * Adds `quantity` to what is held on the lot in one conditional update: it succeeds only while the
 * lot is published and the new total stays within the lot's quantity. Concurrent requests queue on
 * the row lock and each sees the total the previous one left, so the lot can never be over-reserved.
 */
export async function holdQuantity(tx: Conn, lotId: string, quantity: string) {
  const [row] = await tx
    .update(lots)
    .set({ reservedQuantity: sql`${lots.reservedQuantity} + ${quantity}::numeric` })
    .where(and(eq(lots.id, lotId), eq(lots.status, 'published'), isNull(lots.deletedAt), sql`${lots.reservedQuantity} + ${quantity}::numeric <= ${lots.quantity}`))
    .returning({ id: lots.id });
  return Boolean(row);
}

export async function releaseQuantity(tx: Conn, lotId: string, quantity: string) {
  await tx.update(lots).set({ reservedQuantity: sql`${lots.reservedQuantity} - ${quantity}::numeric` }).where(eq(lots.id, lotId));
}

export async function insertReservation(tx: Conn, values: typeof reservations.$inferInsert) {
  const [row] = await tx.insert(reservations).values(values).returning({ id: reservations.id });
  return row!.id;
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
