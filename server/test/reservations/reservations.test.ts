import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lots, mailOutbox, reservations } from '../../src/db/schema/index.ts';
import { sendDueMails, MAX_ATTEMPTS } from '../../src/notifications/mail-outbox.ts';
import { expireReservations } from '../../src/reservations/reservations-service.ts';
import { demoSession, organisationMember, type Session } from '../helpers/fixtures.ts';
import { pickupAt, publishedLot } from '../helpers/lots.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let contractor: Session, otherContractor: Session, citizen: Session, otherCitizen: Session, maker: Session, planner: Session, admin: Session;

beforeAll(async () => {
  // Early access is off here; it has its own app below.
  t = await buildTestApp({ earlyAccessHours: 0 });
  contractor = await demoSession(t.app, 'contractor');
  citizen = await demoSession(t.app, 'citizen');
  maker = await demoSession(t.app, 'maker');
  planner = await demoSession(t.app, 'planner');
  admin = await demoSession(t.app, 'admin');
  otherContractor = await organisationMember(t.app, { role: 'contractor', kind: 'contractor' });
  const reg = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { email: `other.${Date.now()}@example.dk`, password: 'another citizen pw', name: 'Ole Anden' } });
  otherCitizen = { token: json(reg).accessToken, userId: json(reg).user.id, organisationId: null, headers: { authorization: `Bearer ${json(reg).accessToken}` } };
});
afterAll(() => t.close());

const reserve = (s: Session | null, lotId: string, body: object, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/lots/${lotId}/reservations`,
    headers: { ...(s?.headers ?? {}), ...(key ? { 'idempotency-key': key } : {}) },
    payload: { pickupAt: pickupAt(), message: 'Henter med trailer', ...body },
  });
const act = (s: Session, id: string, action: string, body?: object) =>
  t.app.inject({ method: 'POST', url: `/api/reservations/${id}/${action}`, headers: s.headers, ...(body ? { payload: body } : {}) });
const left = async (lotId: string) => json(await t.app.inject({ method: 'GET', url: `/api/lots/${lotId}` })).quantityLeft;
const list = async (s: Session, as: string) => json(await t.app.inject({ method: 'GET', url: `/api/reservations?as=${as}`, headers: s.headers })).reservations;

describe('reserving', () => {
  it('reserves part of a lot, holds the quantity and tells the contractor', async () => {
    const lot = await publishedLot(t.app, contractor, '50');
    const res = await reserve(citizen, lot.id, { quantity: '12,5' });
    expect(res.statusCode).toBe(201);
    const r = json(res);
    expect(r).toMatchObject({ status: 'pending', quantity: '12.5', message: 'Henter med trailer', contact: null, requester: { id: citizen.userId } });
    expect(await left(lot.id)).toBe('37.5');
    const inbox = await list(contractor, 'contractor');
    expect(inbox.map((x: { id: string }) => x.id)).toContain(r.id);
    const notes = json(await t.app.inject({ method: 'GET', url: '/api/notifications', headers: contractor.headers }));
    expect(notes.notifications[0]).toMatchObject({ kind: 'reservation_requested', data: { reservationId: r.id, quantity: '12.5' } });
    expect(notes.unread).toBeGreaterThan(0);
  });

  it('answers with the reservation as stored and tells every approved member, by mail in their language', async () => {
    const lot = await publishedLot(t.app, contractor, '50');
    const res = await reserve(citizen, lot.id, { quantity: '2' });
    expect(res.statusCode).toBe(201);
    const r = json(res);
    const stored = await t.app.inject({ method: 'GET', url: `/api/reservations/${r.id}`, headers: citizen.headers });
    expect(json(stored)).toEqual(r);
    const { rows } = await t.database.db.execute<{ user_id: string; email: string; locale: string; notified: number; mails: string[] }>(sql`
      select u.id as user_id, u.email, u.locale::text as locale,
        (select count(*)::int from notifications n where n.user_id = u.id and n.data->>'reservationId' = ${r.id}) as notified,
        array(select m.subject from mail_outbox m where m."to" = u.email and m.body like ${`%${r.expiresAt.slice(0, 10)}%`} and m.subject like '%Røde mursten') as mails
      from users u where u.organisation_id = ${contractor.organisationId} and u.membership_approved`);
    expect(rows.length).toBeGreaterThan(0);
    for (const member of rows) {
      expect(member.notified).toBe(1);
      expect(member.mails).toContain(member.locale === 'en' ? 'New reservation: Røde mursten' : 'Ny reservation: Røde mursten');
    }
  });

  it('refuses more than what is left and names the quantity', async () => {
    const lot = await publishedLot(t.app, contractor, '10');
    expect((await reserve(citizen, lot.id, { quantity: '6' })).statusCode).toBe(201);
    const res = await reserve(otherCitizen, lot.id, { quantity: '5' });
    expect(res.statusCode).toBe(409);
    expect(json(res).error.message).toMatch(/Only 4 pcs/);
    expect(await left(lot.id)).toBe('4');
    // The refusal wrote nothing: one reservation, one set of notifications.
    const { rows } = await t.database.db.execute<{ reservations: number; notifications: number }>(sql`
      select (select count(*)::int from reservations where lot_id = ${lot.id}) as reservations,
        (select count(*)::int from notifications where data->>'lotId' = ${lot.id}) as notifications`);
    expect(rows[0]!.reservations).toBe(1);
    expect(rows[0]!.notifications).toBeGreaterThan(0);
    const { rows: after } = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from notifications where data->>'lotId' = ${lot.id}`);
    expect((await reserve(otherCitizen, lot.id, { quantity: '5' })).statusCode).toBe(409);
    const { rows: again } = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from notifications where data->>'lotId' = ${lot.id}`);
    expect(again[0]!.n).toBe(after[0]!.n);
  });

  it.each([
    ['a pick-up time in the past', { pickupAt: '2020-01-01T10:00:00Z' }],
    ['a pick-up time after the pick-up-by date', { pickupAt: new Date(Date.now() + 90 * 86_400_000).toISOString() }],
    ['a zero quantity', { quantity: '0' }],
    ['a quantity that is not a number', { quantity: 'lots' }],
  ])('refuses %s', async (_, body) => {
    const lot = await publishedLot(t.app, contractor);
    const res = await reserve(citizen, lot.id, { quantity: '1', ...body });
    expect(res.statusCode).toBe(400);
    expect(await left(lot.id)).toBe('50');
  });

  it('refuses draft lots, own lots, planners, admins and anonymous callers', async () => {
    const lot = await publishedLot(t.app, contractor);
    expect((await reserve(contractor, lot.id, { quantity: '1' })).statusCode).toBe(403);
    expect((await reserve(planner, lot.id, { quantity: '1' })).statusCode).toBe(403);
    expect((await reserve(admin, lot.id, { quantity: '1' })).statusCode).toBe(403);
    expect((await reserve(null, lot.id, { quantity: '1' })).statusCode).toBe(401);
    const draft = await publishedLot(t.app, contractor, '5', { status: 'draft' });
    expect((await reserve(citizen, draft.id, { quantity: '1' })).statusCode).toBe(404);
    expect((await reserve(otherContractor, lot.id, { quantity: '1' })).statusCode).toBe(201);
  });
});

describe('the reservation flow', () => {
  it('goes pending → accepted → collected; the contact is shown only once accepted', async () => {
    const lot = await publishedLot(t.app, contractor);
    const r = json(await reserve(citizen, lot.id, { quantity: '20' }));
    expect(json(await t.app.inject({ method: 'GET', url: `/api/reservations/${r.id}`, headers: citizen.headers })).contact).toBeNull();
    // The contractor sees the requester's name and message.
    const seen = (await list(contractor, 'contractor')).find((x: { id: string }) => x.id === r.id);
    expect(seen).toMatchObject({ requester: { name: 'Sofie Selvbygger' }, message: 'Henter med trailer' });

    const accepted = json(await act(contractor, r.id, 'accept'));
    expect(accepted.status).toBe('accepted');
    expect(accepted.contact).toMatchObject({ organisation: 'Bornholms Nedrivning ApS', name: 'Jens Nedriver', email: 'contractor@demo.byg360.dk', phone: '+45 56 00 00 01' });
    const mine = (await list(citizen, 'requester')).find((x: { id: string }) => x.id === r.id);
    expect(mine.contact.email).toBe('contractor@demo.byg360.dk');

    expect(json(await act(contractor, r.id, 'collect')).status).toBe('collected');
    expect(await left(lot.id)).toBe('30');
    expect((await act(contractor, r.id, 'cancel', { reason: 'for sent' })).statusCode).toBe(409);
    const notes = json(await t.app.inject({ method: 'GET', url: '/api/notifications', headers: citizen.headers })).notifications;
    expect(notes.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['reservation_accepted', 'reservation_collected']));
  });

  it('returns the quantity on decline and on cancel', async () => {
    const lot = await publishedLot(t.app, contractor);
    const a = json(await reserve(citizen, lot.id, { quantity: '10' }));
    const b = json(await reserve(otherCitizen, lot.id, { quantity: '15' }));
    expect(await left(lot.id)).toBe('25');
    expect(json(await act(contractor, a.id, 'decline', { reason: 'Allerede lovet væk' })).status).toBe('declined');
    expect(await left(lot.id)).toBe('35');
    expect(json(await act(otherCitizen, b.id, 'cancel')).status).toBe('cancelled');
    expect(await left(lot.id)).toBe('50');
    expect((await act(contractor, a.id, 'accept')).statusCode).toBe(409);
  });

  it('lets the contractor cancel an accepted reservation only with a reason', async () => {
    const lot = await publishedLot(t.app, contractor);
    const r = json(await reserve(citizen, lot.id, { quantity: '5' }));
    await act(contractor, r.id, 'accept');
    expect((await act(contractor, r.id, 'cancel')).statusCode).toBe(400);
    const cancelled = json(await act(contractor, r.id, 'cancel', { reason: 'Taget faldt sammen' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', reason: 'Taget faldt sammen', contact: null });
    expect(await left(lot.id)).toBe('50');
  });

  it('keeps reservations private: nobody else sees or acts on them', async () => {
    const lot = await publishedLot(t.app, contractor);
    const r = json(await reserve(citizen, lot.id, { quantity: '5' }));
    for (const who of [otherCitizen, otherContractor, maker, planner]) {
      expect((await t.app.inject({ method: 'GET', url: `/api/reservations/${r.id}`, headers: who.headers })).statusCode).toBe(404);
      for (const action of ['accept', 'decline', 'collect']) expect((await act(who, r.id, action, { reason: 'x' })).statusCode).toBe(404);
      expect((await act(who, r.id, 'cancel', { reason: 'x' })).statusCode).toBe(404);
      expect((await list(who, 'requester')).map((x: { id: string }) => x.id)).not.toContain(r.id);
      expect((await list(who, 'contractor')).map((x: { id: string }) => x.id)).not.toContain(r.id);
    }
    // The requester cannot accept their own request.
    expect((await act(citizen, r.id, 'accept')).statusCode).toBe(403);
  });
});

describe('idempotency', () => {
  it('returns the first result for a retry with the same key and body, and refuses another body', async () => {
    const lot = await publishedLot(t.app, contractor);
    const key = `retry-${Date.now()}`;
    const body = { quantity: '3', pickupAt: pickupAt(4) };
    const first = await reserve(citizen, lot.id, body, key);
    const second = await reserve(citizen, lot.id, body, key);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(json(second)).toEqual(json(first));
    expect(await left(lot.id)).toBe('47');
    expect((await reserve(citizen, lot.id, { ...body, quantity: '4' }, key)).statusCode).toBe(409);
    expect((await reserve(citizen, lot.id, body, 'short')).statusCode).toBe(400);
    // Keys belong to their user: another user's same key is a separate request.
    expect(json(await reserve(otherCitizen, lot.id, body, key)).id).not.toBe(json(first).id);
  });

  it('frees the key of a request the lot could not give, so that its retry can succeed later', async () => {
    const lot = await publishedLot(t.app, contractor, '5');
    const key = `refused-${Date.now()}`;
    const body = { quantity: '6', pickupAt: pickupAt(4) };
    expect((await reserve(citizen, lot.id, body, key)).statusCode).toBe(409);
    const raised = await t.app.inject({ method: 'PATCH', url: `/api/lots/${lot.id}`, headers: contractor.headers, payload: { quantity: '10' } });
    expect(raised.statusCode).toBe(200);
    const retry = await reserve(citizen, lot.id, body, key);
    expect(retry.statusCode).toBe(201);
    expect(await left(lot.id)).toBe('4');
    const { rows } = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from reservations where lot_id = ${lot.id}`);
    expect(rows[0]!.n).toBe(1);
  });
});

describe('expiry', () => {
  it('expires unanswered requests, returns their quantity and tells both sides', async () => {
    const lot = await publishedLot(t.app, contractor);
    const r = json(await reserve(citizen, lot.id, { quantity: '8' }));
    const answered = json(await reserve(otherCitizen, lot.id, { quantity: '2' }));
    await act(contractor, answered.id, 'accept');
    expect(new Date(r.expiresAt).getTime()).toBeGreaterThan(Date.now() + 71 * 3_600_000);

    await t.database.db.update(reservations).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(reservations.lotId, lot.id));
    expect(await expireReservations(t.database.db, t.config)).toBeGreaterThanOrEqual(1);
    const after = json(await t.app.inject({ method: 'GET', url: `/api/reservations/${r.id}`, headers: citizen.headers }));
    expect(after.status).toBe('expired');
    // Accepted reservations do not expire.
    expect(json(await t.app.inject({ method: 'GET', url: `/api/reservations/${answered.id}`, headers: otherCitizen.headers })).status).toBe('accepted');
    expect(await left(lot.id)).toBe('48');
    const notes = json(await t.app.inject({ method: 'GET', url: '/api/notifications', headers: citizen.headers })).notifications;
    expect(notes[0]).toMatchObject({ kind: 'reservation_expired', data: { reservationId: r.id } });
    // Running the job again changes nothing.
    await expireReservations(t.database.db, t.config);
    expect(await left(lot.id)).toBe('48');
  });

  it('expires a pending request when the pick-up-by date has passed', async () => {
    const lot = await publishedLot(t.app, contractor);
    const r = json(await reserve(citizen, lot.id, { quantity: '1' }));
    await t.database.db.update(lots).set({ availableFrom: sql`current_date - 10`, pickUpBy: sql`current_date - 1` }).where(eq(lots.id, lot.id));
    await expireReservations(t.database.db, t.config);
    expect(json(await t.app.inject({ method: 'GET', url: `/api/reservations/${r.id}`, headers: citizen.headers })).status).toBe('expired');
  });
});

describe('early access', () => {
  it('lets only makers reserve during the window after publication', async () => {
    const early = await buildTestApp({ earlyAccessHours: 48 });
    try {
      const [c, cit, mk] = [await demoSession(early.app, 'contractor'), await demoSession(early.app, 'citizen'), await demoSession(early.app, 'maker')];
      const lot = await publishedLot(early.app, c);
      const tryReserve = (s: Session) =>
        early.app.inject({ method: 'POST', url: `/api/lots/${lot.id}/reservations`, headers: s.headers, payload: { quantity: '1', pickupAt: pickupAt() } });
      const refused = await tryReserve(cit);
      expect(refused.statusCode).toBe(403);
      expect(json(refused).error.message).toMatch(/makers until/);
      expect((await tryReserve(mk)).statusCode).toBe(201);
      // After the window, everyone may.
      await early.database.db.update(lots).set({ publishedAt: sql`now() - interval '49 hours'` }).where(eq(lots.id, lot.id));
      expect((await tryReserve(cit)).statusCode).toBe(201);
      const config = json(await early.app.inject({ method: 'GET', url: '/api/config' }));
      expect(config.earlyAccessHours).toBe(48);
    } finally {
      await early.close();
    }
  });
});

describe('mail outbox', () => {
  it('retries a failing mail with back-off and never loses the reservation', async () => {
    const lot = await publishedLot(t.app, contractor);
    const r = await reserve(citizen, lot.id, { quantity: '1' });
    expect(r.statusCode).toBe(201);
    const sent: string[] = [];
    let failuresLeft = 2;
    // The SMTP server is the external boundary: this one fails twice, then accepts.
    const flakySmtp = {
      async send(mail: { to: string }) {
        if (failuresLeft-- > 0) throw new Error('421 try again later');
        sent.push(mail.to);
      },
    };
    const due = () => t.database.db.update(mailOutbox).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(sql`${mailOutbox.sentAt} is null`);
    // Drain other tests' mails first with a working server, then queue the one under test.
    await sendDueMails(t.database.db, { send: async () => undefined }, 1000);
    await act(contractor, json(r).id, 'accept');
    const first = await sendDueMails(t.database.db, flakySmtp);
    expect(first).toEqual({ sent: 0, failed: 1 });
    const [row] = await t.database.db.select().from(mailOutbox).where(sql`${mailOutbox.sentAt} is null`);
    expect(row).toMatchObject({ attempts: 1, lastError: '421 try again later', to: 'citizen@demo.byg360.dk' });
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Not due yet: nothing is attempted.
    expect(await sendDueMails(t.database.db, flakySmtp)).toEqual({ sent: 0, failed: 0 });
    await due();
    expect(await sendDueMails(t.database.db, flakySmtp)).toEqual({ sent: 0, failed: 1 });
    await due();
    expect(await sendDueMails(t.database.db, flakySmtp)).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual(['citizen@demo.byg360.dk']);
    expect(json(await t.app.inject({ method: 'GET', url: `/api/reservations/${json(r).id}`, headers: citizen.headers })).status).toBe('accepted');
  });

  it('gives up after the last attempt', async () => {
    await sendDueMails(t.database.db, { send: async () => undefined }, 1000);
    await t.database.db.insert(mailOutbox).values({ to: 'x@example.dk', subject: 's', body: 'b', attempts: MAX_ATTEMPTS - 1 });
    await sendDueMails(t.database.db, { send: async () => Promise.reject(new Error('down')) });
    const [row] = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'x@example.dk'));
    expect(row!.failedAt).not.toBeNull();
  });
});

describe('notifications', () => {
  it('marks notifications read, one or all, only one’s own', async () => {
    const { notifications } = json(await t.app.inject({ method: 'GET', url: '/api/notifications', headers: contractor.headers }));
    const id = notifications[0].id;
    expect((await t.app.inject({ method: 'POST', url: `/api/notifications/${id}/read`, headers: citizen.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/notifications/${id}/read`, headers: contractor.headers })).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: contractor.headers });
    expect(json(await t.app.inject({ method: 'GET', url: '/api/notifications', headers: contractor.headers })).unread).toBe(0);
  });
});
