import fc from 'fast-check';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reservations } from '../../src/db/schema/index.ts';
import { expireReservations } from '../../src/reservations/reservations-service.ts';
import { demoSession, type Session } from '../helpers/fixtures.ts';
import { pickupAt, publishedLot } from '../helpers/lots.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let contractor: Session, citizen: Session, maker: Session;

beforeAll(async () => {
  t = await buildTestApp({ earlyAccessHours: 0 });
  contractor = await demoSession(t.app, 'contractor');
  citizen = await demoSession(t.app, 'citizen');
  maker = await demoSession(t.app, 'maker');
});
afterAll(() => t.close());

type Op =
  | { op: 'reserve'; who: 0 | 1; quantity: number }
  | { op: 'accept' | 'decline' | 'cancel' | 'collect' | 'expire'; index: number }
  | { op: 'changeQuantity'; quantity: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('reserve' as const), who: fc.constantFrom(0 as const, 1 as const), quantity: fc.integer({ min: 1, max: 15 }) }),
  fc.record({ op: fc.constantFrom('accept' as const, 'decline' as const, 'cancel' as const, 'collect' as const, 'expire' as const), index: fc.nat(20) }),
  fc.record({ op: fc.constant('changeQuantity' as const), quantity: fc.integer({ min: 1, max: 60 }) }),
);

describe('the reservation invariant', () => {
  it('holds for any sequence of reserve, accept, decline, cancel, expire, collect and quantity changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 5, max: 40 }), fc.array(opArb, { minLength: 1, maxLength: 14 }), async (initial, ops) => {
        const lot = await publishedLot(t.app, contractor, String(initial));
        const ids: string[] = [];
        for (const step of ops) {
          if (step.op === 'reserve') {
            const res = await t.app.inject({ method: 'POST', url: `/api/lots/${lot.id}/reservations`, headers: [citizen, maker][step.who]!.headers, payload: { quantity: String(step.quantity), pickupAt: pickupAt() } });
            expect([201, 409]).toContain(res.statusCode);
            if (res.statusCode === 201) ids.push(json(res).id);
          } else if (step.op === 'changeQuantity') {
            const res = await t.app.inject({ method: 'PATCH', url: `/api/lots/${lot.id}`, headers: contractor.headers, payload: { quantity: String(step.quantity) } });
            expect([200, 409]).toContain(res.statusCode);
          } else if (ids.length > 0) {
            const id = ids[step.index % ids.length]!;
            if (step.op === 'expire') {
              await t.database.db.update(reservations).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(reservations.id, id));
              await expireReservations(t.database.db, t.config);
            } else {
              // The contractor acts on every step; a contractor's cancel carries the reason it needs.
              const res = await t.app.inject({ method: 'POST', url: `/api/reservations/${id}/${step.op}`, headers: contractor.headers, payload: { reason: 'test' } });
              expect([200, 409]).toContain(res.statusCode);
            }
          }
          const { rows } = await t.database.db.execute<{ quantity: string; reserved: string; holding: string }>(sql`
            select l.quantity::text as quantity, l.reserved_quantity::text as reserved,
              coalesce((select sum(quantity) from reservations r where r.lot_id = l.id and r.status in ('pending','accepted','collected')), 0)::text as holding
            from lots l where l.id = ${lot.id}`);
          const state = rows[0]!;
          expect(Number(state.reserved)).toBe(Number(state.holding));
          expect(Number(state.reserved)).toBeLessThanOrEqual(Number(state.quantity));
          const left = json(await t.app.inject({ method: 'GET', url: `/api/lots/${lot.id}` })).quantityLeft;
          expect(Number(left)).toBe(Number(state.quantity) - Number(state.holding));
        }
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
