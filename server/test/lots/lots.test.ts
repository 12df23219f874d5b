import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lots } from '../../src/db/schema/index.ts';
import { categoryId, demoSession, isoDay, organisationMember, projectBody, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let owner: Session, otherContractor: Session, unverified: Session, citizen: Session, planner: Session, otherPlanner: Session, admin: Session;
let projectId: string;
let bricks: string, roofTiles: string, granite: string, plankFloor: string;

beforeAll(async () => {
  t = await buildTestApp();
  owner = await demoSession(t.app, 'contractor');
  citizen = await demoSession(t.app, 'citizen');
  planner = await demoSession(t.app, 'planner');
  admin = await demoSession(t.app, 'admin');
  otherContractor = await organisationMember(t.app, { role: 'contractor', kind: 'contractor' });
  unverified = await organisationMember(t.app, { role: 'contractor', kind: 'contractor', verified: false });
  otherPlanner = await organisationMember(t.app, { role: 'planner', kind: 'municipality', municipalityCode: '0101' });
  projectId = json(await t.app.inject({ method: 'POST', url: '/api/projects', headers: owner.headers, payload: projectBody() })).id;
  [bricks, roofTiles, granite, plankFloor] = (await Promise.all(['murvaerk-mursten', 'tag-tegltagsten', 'natursten-granit', 'gulve-plankegulv'].map((s) => categoryId(t.app, s)))) as [string, string, string, string];
});
afterAll(() => t.close());

const lotBody = (overrides: object = {}) => ({
  categoryId: bricks,
  title: 'Gule mursten, renset',
  description: 'Stablet på paller',
  quantity: '4800',
  unit: 'pcs',
  condition: 'B',
  dimensions: '228 × 108 × 54 mm',
  priceDkk: '2,50',
  availableFrom: isoDay(0),
  pickUpBy: isoDay(30),
  hazard: { testedFree: ['pcb'], reportRef: 'R-1', note: null },
  ...overrides,
});
const addLot = (s: Session | null, body: object = lotBody(), project = projectId) =>
  t.app.inject({ method: 'POST', url: `/api/projects/${project}/lots`, headers: s?.headers ?? {}, payload: body });
const getLot = (s: Session | null, id: string) => t.app.inject({ method: 'GET', url: `/api/lots/${id}`, headers: s?.headers ?? {} });
const patchLot = (s: Session | null, id: string, body: object) => t.app.inject({ method: 'PATCH', url: `/api/lots/${id}`, headers: s?.headers ?? {}, payload: body });
const deleteLot = (s: Session | null, id: string) => t.app.inject({ method: 'DELETE', url: `/api/lots/${id}`, headers: s?.headers ?? {} });
const newLot = async (overrides: object = {}, s: Session = owner, project = projectId) => {
  const res = await addLot(s, lotBody(overrides), project);
  if (res.statusCode !== 201) throw new Error(res.body);
  return json(res);
};
const reserve = (id: string, quantity: string) => t.database.db.update(lots).set({ reservedQuantity: quantity }).where(eq(lots.id, id));

describe('adding lots', () => {
  it('stores the lot exactly and derives its mass and CO2e from the category', async () => {
    const lot = await newLot();
    expect(lot).toMatchObject({ status: 'draft', quantity: '4800', quantityLeft: '4800', unit: 'pcs', priceDkk: '2.5', condition: 'B', canEdit: true });
    // 4,800 bricks × 2.0 kg = 9,600 kg; × 0.2553 kg CO2e/kg = 2,450.88 kg CO2e.
    expect(lot.estimatedKg).toBe('9600');
    expect(lot.co2eKg).toBe('2450.9');
    expect(lot.location).toMatchObject({ postcode: '3790', municipalityCode: '0400' });
    expect(lot.organisation.id).toBe(owner.organisationId);
  });

  it.each([
    ['kg', '350', '350'],
    ['t', '1.25', '1250'],
  ])('converts a lot given in %s', async (unit, quantity, kg) => {
    expect((await newLot({ unit, quantity })).estimatedKg).toBe(kg);
  });

  it('has a mass but no CO2e where the category has no CO2e factor', async () => {
    const lot = await newLot({ categoryId: granite, unit: 'm3', quantity: '2.5', priceDkk: '0' });
    expect(lot.estimatedKg).toBe('6750');
    expect(lot.co2eKg).toBeNull();
  });

  it('keeps prices and quantities exact', async () => {
    const lot = await newLot({ categoryId: roofTiles, unit: 'm2', quantity: '0,1', priceDkk: '19.99' });
    expect(lot.quantity).toBe('0.1');
    expect(lot.priceDkk).toBe('19.99');
    expect(lot.estimatedKg).toBe('5');
  });

  it.each([
    ['a quantity that is not a number', { quantity: 'abc' }, 'quantity'],
    ['a zero quantity', { quantity: '0' }, 'quantity'],
    ['a negative quantity', { quantity: -3 }, 'quantity'],
    ['too many decimals', { quantity: '1.23456' }, 'quantity'],
    ['a negative price', { priceDkk: '-1' }, 'priceDkk'],
    ['a unit the category does not use', { unit: 'm3' }, 'unit'],
    ['an unknown unit', { unit: 'bucket' }, 'unit'],
    ['condition D', { condition: 'D' }, 'condition'],
    ['an unknown category', { categoryId: '00000000-0000-4000-8000-000000000000' }, 'categoryId'],
    ['pick-up before available', { availableFrom: isoDay(10), pickUpBy: isoDay(5) }, 'pickUpBy'],
    ['available before the harvest window', { availableFrom: isoDay(-30) }, 'availableFrom'],
    ['pick-up after the harvest window', { pickUpBy: isoDay(365) }, 'pickUpBy'],
    ['an impossible date', { pickUpBy: '2026-02-30' }, 'pickUpBy'],
    ['a one-letter title', { title: 'x' }, 'title'],
    ['an unknown hazard substance', { hazard: { testedFree: ['radon'] } }, 'hazard.testedFree.0'],
  ])('refuses %s, naming the field', async (_, overrides, field) => {
    const res = await addLot(owner, lotBody(overrides));
    expect(res.statusCode).toBe(400);
    expect(json(res).error.fields.map((f: { path: string }) => f.path)).toContain(field);
  });

  it.each([
    ['a quantity with too many decimals', { quantity: '1.23456' }, { path: 'quantity', reason: 'number.format_positive', params: { decimals: 3 } }],
    ['a zero quantity', { quantity: '0' }, { path: 'quantity', reason: 'number.not_positive', params: {} }],
    ['pick-up before available', { availableFrom: isoDay(10), pickUpBy: isoDay(5) }, { path: 'pickUpBy', reason: 'date.order', params: {} }],
    ['available before the harvest window', { availableFrom: isoDay(-30) }, { path: 'availableFrom', reason: 'date.before_harvest', params: { date: isoDay(-1) } }],
    ['pick-up after the harvest window', { pickUpBy: isoDay(365) }, { path: 'pickUpBy', reason: 'date.after_harvest', params: { date: isoDay(60) } }],
    [
      'a unit the category does not use',
      { unit: 'm3' },
      { path: 'unit', reason: 'unit.not_allowed', params: { category: { da: 'Mursten', en: 'Bricks' }, units: ['pcs', 'kg', 't'] } },
    ],
    ['an unknown category', { categoryId: '00000000-0000-4000-8000-000000000000' }, { path: 'categoryId', reason: 'category.not_found', params: {} }],
  ])('names the shared rule behind %s, beside the English message', async (_, overrides, field) => {
    const res = await addLot(owner, lotBody(overrides));
    expect(res.statusCode).toBe(400);
    expect(json(res).error.fields).toContainEqual({ ...field, message: expect.any(String) });
  });

  it('names the rule when a change puts the dates out of order', async () => {
    const lot = await newLot();
    const res = await patchLot(owner, lot.id, { pickUpBy: isoDay(-1) });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.fields).toEqual([{ path: 'pickUpBy', message: 'Pick-up-by must be on or after available-from', reason: 'date.order', params: {} }]);
  });

  it('refuses lots on another organisation’s project, and from citizens and anonymous callers', async () => {
    expect((await addLot(otherContractor)).statusCode).toBe(403);
    expect((await addLot(citizen)).statusCode).toBe(403);
    expect((await addLot(planner)).statusCode).toBe(403);
    expect((await addLot(null)).statusCode).toBe(401);
  });
});

describe('who sees a lot', () => {
  it('shows a draft only to its organisation, its municipality’s planners and admins', async () => {
    const lot = await newLot();
    for (const who of [owner, planner, admin]) expect((await getLot(who, lot.id)).statusCode).toBe(200);
    for (const who of [null, citizen, otherContractor, otherPlanner]) expect((await getLot(who, lot.id)).statusCode).toBe(404);
    const publicList = json(await t.app.inject({ method: 'GET', url: `/api/projects/${projectId}/lots` }));
    expect(publicList.lots.map((l: { id: string }) => l.id)).not.toContain(lot.id);
    const ownList = json(await t.app.inject({ method: 'GET', url: `/api/projects/${projectId}/lots`, headers: owner.headers }));
    expect(ownList.lots.map((l: { id: string }) => l.id)).toContain(lot.id);
  });

  it('shows a published lot to everyone, editable only by its organisation', async () => {
    const lot = await newLot({ status: 'published' });
    const anonymous = json(await getLot(null, lot.id));
    expect(anonymous).toMatchObject({ id: lot.id, status: 'published', canEdit: false });
    expect(anonymous.publishedAt).not.toBeNull();
    expect(json(await getLot(owner, lot.id)).canEdit).toBe(true);
    expect((await patchLot(otherContractor, lot.id, { title: 'Mine nu' })).statusCode).toBe(403);
    expect((await patchLot(citizen, lot.id, { title: 'Mine nu' })).statusCode).toBe(403);
    expect((await patchLot(planner, lot.id, { title: 'Mine nu' })).statusCode).toBe(403);
    expect((await deleteLot(otherContractor, lot.id)).statusCode).toBe(403);
    expect(json(await getLot(null, lot.id)).title).toBe('Gule mursten, renset');
  });

  it('answers 404 to another organisation editing or deleting a draft, as if it did not exist', async () => {
    const lot = await newLot();
    expect((await patchLot(otherContractor, lot.id, { title: 'Mine nu' })).statusCode).toBe(404);
    expect((await deleteLot(otherContractor, lot.id)).statusCode).toBe(404);
  });

  it('answers 404 for a malformed or unknown lot id without a 500', async () => {
    expect((await getLot(null, 'nope')).statusCode).toBe(400);
    expect((await getLot(null, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('lot status', () => {
  it('goes draft → published → closed, and a closed lot stays closed', async () => {
    const lot = await newLot();
    expect(json(await patchLot(owner, lot.id, { status: 'published' })).status).toBe('published');
    expect(json(await patchLot(owner, lot.id, { status: 'closed' })).status).toBe('closed');
    expect((await patchLot(owner, lot.id, { status: 'published' })).statusCode).toBe(409);
    expect((await patchLot(owner, lot.id, { title: 'Ændret efter lukning' })).statusCode).toBe(409);
  });

  it('cannot publish for an organisation that is not verified yet', async () => {
    const project = json(await t.app.inject({ method: 'POST', url: '/api/projects', headers: unverified.headers, payload: projectBody() })).id;
    const draft = await newLot({}, unverified, project);
    const res = await patchLot(unverified, draft.id, { status: 'published' });
    expect(res.statusCode).toBe(409);
    expect(json(res).error.message).toMatch(/verified/);
    expect(json(res).error.fields).toEqual([{ path: 'status', message: 'Organisation not verified yet', reason: 'status.unverified_organisation', params: {} }]);
    expect((await addLot(unverified, lotBody({ status: 'published' }), project)).statusCode).toBe(409);
  });

  it('cannot go back to draft while reserved', async () => {
    const lot = await newLot({ status: 'published' });
    await reserve(lot.id, '10');
    expect((await patchLot(owner, lot.id, { status: 'draft' })).statusCode).toBe(409);
  });
});

describe('reserved quantities', () => {
  it('refuses to cut the quantity below what is reserved, and shows what is left', async () => {
    const lot = await newLot({ status: 'published', quantity: '100' });
    await reserve(lot.id, '60');
    expect(json(await getLot(null, lot.id)).quantityLeft).toBe('40');
    const res = await patchLot(owner, lot.id, { quantity: '59.999' });
    expect(res.statusCode).toBe(409);
    expect(json(res).error.fields[0].path).toBe('quantity');
    expect(json(await patchLot(owner, lot.id, { quantity: '60' })).quantityLeft).toBe('0');
  });

  it('refuses to delete a lot with reservations, and deletes one without', async () => {
    const reserved = await newLot({ status: 'published' });
    await reserve(reserved.id, '1');
    expect((await deleteLot(owner, reserved.id)).statusCode).toBe(409);
    expect((await getLot(owner, reserved.id)).statusCode).toBe(200);
    const free = await newLot();
    expect((await deleteLot(owner, free.id)).statusCode).toBe(204);
    expect((await getLot(owner, free.id)).statusCode).toBe(404);
  });
});

describe('lot history', () => {
  it('records who changed what and when', async () => {
    const lot = await newLot();
    await patchLot(owner, lot.id, { quantity: '5000', priceDkk: '3' });
    await patchLot(owner, lot.id, { quantity: '5000' });
    await patchLot(owner, lot.id, { status: 'published' });
    const res = await t.app.inject({ method: 'GET', url: `/api/lots/${lot.id}/history`, headers: owner.headers });
    const { events } = json(res);
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'updated', 'published']);
    expect(events[1].changes).toEqual({ quantity: { from: '4800', to: '5000' }, priceDkk: { from: '2.5', to: '3' } });
    expect(events[1].actor.id).toBe(owner.userId);
    expect(events[2].changes.status).toEqual({ from: 'draft', to: 'published' });
    expect((await t.app.inject({ method: 'GET', url: `/api/lots/${lot.id}/history`, headers: planner.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/lots/${lot.id}/history`, headers: citizen.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/lots/${lot.id}/history`, headers: otherContractor.headers })).statusCode).toBe(403);
  });
});

describe('outcomes', () => {
  it('are recorded only once the project is completed, never above the quantity, and give the project its reuse rate', async () => {
    const project = json(await t.app.inject({ method: 'POST', url: '/api/projects', headers: owner.headers, payload: projectBody() })).id;
    const brickLot = await newLot({ quantity: '1000', status: 'published' }, owner, project);
    const floorLot = await newLot({ categoryId: plankFloor, unit: 'm2', quantity: '50', priceDkk: '0', status: 'published' }, owner, project);
    const put = (id: string, body: object, s: Session = owner) => t.app.inject({ method: 'PUT', url: `/api/lots/${id}/outcome`, headers: s.headers, payload: body });

    expect((await put(brickLot.id, { reused: '900', recycled: '50', disposed: '50' })).statusCode).toBe(409);
    await t.app.inject({ method: 'PATCH', url: `/api/projects/${project}`, headers: owner.headers, payload: { status: 'completed' } });

    const tooMuch = await put(brickLot.id, { reused: '900', recycled: '100', disposed: '0,001' });
    expect(tooMuch.statusCode).toBe(400);
    expect(json(tooMuch).error.message).toMatch(/1000 pcs/);
    expect((await put(brickLot.id, { reused: '-1', recycled: '0', disposed: '0' })).statusCode).toBe(400);
    expect((await put(brickLot.id, { reused: '900', recycled: '50', disposed: '50' }, otherContractor)).statusCode).toBe(403);

    const ok = await put(brickLot.id, { reused: '900', recycled: '50', disposed: '50' });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).outcome).toEqual({ reused: '900', recycled: '50', disposed: '50' });
    await put(floorLot.id, { reused: '20', recycled: '0', disposed: '30' });

    // Bricks: 1,000 pcs × 2 kg, 900 reused → 1,800 of 2,000 kg. Floor: 50 m² × 12.04 kg, 20 reused → 240.8 of 602 kg.
    const expected = (1800 + 240.8) / (2000 + 602);
    expect(json(await t.app.inject({ method: 'GET', url: `/api/projects/${project}` })).reuseRate).toBeCloseTo(expected, 6);
  });

  it('answers a planner’s view of the demo learning case with its reuse rate', async () => {
    const { projects } = json(await t.app.inject({ method: 'GET', url: '/api/projects?status=completed&municipalityCode=0400', headers: planner.headers }));
    const learningCase = projects.find((p: { title: string }) => p.title === 'Husmandssted ved Aakirkeby');
    expect(learningCase.reuseRate).toBeGreaterThan(0.8);
    expect(learningCase.reuseRate).toBeLessThan(1);
  });

  it('leaves no trace of a refused change', async () => {
    const lot = await newLot({ quantity: '10' });
    await patchLot(owner, lot.id, { quantity: 'ten' });
    const { rows } = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from lot_events where lot_id = ${lot.id}`);
    expect(rows[0]!.n).toBe(1);
    expect(json(await getLot(owner, lot.id)).quantity).toBe('10');
  });
});
