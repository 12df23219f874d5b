import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lots } from '../../src/db/schema/index.ts';
import { demoSession, type Session } from '../helpers/fixtures.ts';
import { pickupAt, publishedLot } from '../helpers/lots.ts';
import { buildTestApp, json, uniqueEmail, type TestApp } from '../helpers/test-app.ts';

// Meaningful on PostgreSQL (DATABASE_URL set), where requests really run in parallel on a pool of
// connections; on PGlite the same test checks the logic with the requests queued.
let t: TestApp;
let contractor: Session;
let citizens: Session[];

beforeAll(async () => {
  t = await buildTestApp({ earlyAccessHours: 0 });
  contractor = await demoSession(t.app, 'contractor');
  citizens = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { email: uniqueEmail(`buyer${i}`), password: 'concurrent buyer pw', name: `Køber ${i}` } });
      const body = json(res);
      return { token: body.accessToken, userId: body.user.id, organisationId: null, headers: { authorization: `Bearer ${body.accessToken}` } };
    }),
  );
}, 120_000);
afterAll(() => t.close());

const held = async (lotId: string) => {
  const { rows } = await t.database.db.execute<{ reserved: string; holding: string; quantity: string }>(sql`
    select l.reserved_quantity::text as reserved, l.quantity::text as quantity,
      coalesce((select sum(quantity) from reservations r where r.lot_id = l.id and r.status in ('pending','accepted','collected')), 0)::text as holding
    from lots l where l.id = ${lotId}`);
  return rows[0]!;
};

describe('concurrent reservations', () => {
  it('never over-reserves: 200 simultaneous requests from 20 users for a lot of 50', async () => {
    const lot = await publishedLot(t.app, contractor, '50');
    const requests = Array.from({ length: 200 }, (_, i) => {
      const quantity = String(1 + Math.floor(Math.random() * 5));
      return t.app
        .inject({ method: 'POST', url: `/api/lots/${lot.id}/reservations`, headers: citizens[i % 20]!.headers, payload: { quantity, pickupAt: pickupAt() } })
        .then((res) => ({ status: res.statusCode, quantity: Number(quantity) }));
    });
    const results = await Promise.all(requests);
    const ok = results.filter((r) => r.status === 201);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const granted = ok.reduce((sum, r) => sum + r.quantity, 0);
    const state = await held(lot.id);
    expect(Number(state.holding)).toBe(granted);
    expect(Number(state.reserved)).toBe(granted);
    expect(granted).toBeLessThanOrEqual(50);
    // With 200 requests of 1–5 the lot fills up, apart from a remainder smaller than the failed requests' sizes.
    expect(granted).toBeGreaterThan(45);
  });

  it('creates one reservation for the same idempotency key sent 20 times at once', async () => {
    const lot = await publishedLot(t.app, contractor, '50');
    const key = `same-key-${Date.now()}`;
    const body = { quantity: '2', pickupAt: pickupAt() };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.app.inject({ method: 'POST', url: `/api/lots/${lot.id}/reservations`, headers: { ...citizens[0]!.headers, 'idempotency-key': key }, payload: body })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(results.map((r) => json(r).id)).size).toBe(1);
    const state = await held(lot.id);
    expect(state.holding).toBe('2.000');
    const { rows } = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from reservations where lot_id = ${lot.id}`);
    expect(rows[0]!.n).toBe(1);
  });

  it('never lets a quantity cut and reservations together break the invariant', async () => {
    const lot = await publishedLot(t.app, contractor, '40');
    const cuts = [39, 30, 25, 20].map((q) =>
      t.app.inject({ method: 'PATCH', url: `/api/lots/${lot.id}`, headers: contractor.headers, payload: { quantity: String(q) } }).then((r) => r.statusCode),
    );
    const reserves = citizens.map((c) =>
      t.app.inject({ method: 'POST', url: `/api/lots/${lot.id}/reservations`, headers: c.headers, payload: { quantity: '2', pickupAt: pickupAt() } }).then((r) => r.statusCode),
    );
    const statuses = await Promise.all([...cuts, ...reserves]);
    expect(statuses.every((s) => s === 200 || s === 201 || s === 409)).toBe(true);
    const [row] = await t.database.db.select({ quantity: lots.quantity, reserved: lots.reservedQuantity }).from(lots).where(eq(lots.id, lot.id));
    expect(Number(row!.reserved)).toBeLessThanOrEqual(Number(row!.quantity));
    expect(Number((await held(lot.id)).holding)).toBe(Number(row!.reserved));
  });
});
