import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSession, organisationMember, projectBody, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let owner: Session, otherContractor: Session, unverified: Session, citizen: Session, maker: Session, planner: Session, otherPlanner: Session, admin: Session;

beforeAll(async () => {
  t = await buildTestApp();
  owner = await demoSession(t.app, 'contractor');
  citizen = await demoSession(t.app, 'citizen');
  maker = await demoSession(t.app, 'maker');
  planner = await demoSession(t.app, 'planner');
  admin = await demoSession(t.app, 'admin');
  otherContractor = await organisationMember(t.app, { role: 'contractor', kind: 'contractor' });
  unverified = await organisationMember(t.app, { role: 'contractor', kind: 'recycling_station', verified: false });
  otherPlanner = await organisationMember(t.app, { role: 'planner', kind: 'municipality', municipalityCode: '0101' });
});
afterAll(() => t.close());

const create = (s: Session | null, body: object = projectBody()) =>
  t.app.inject({ method: 'POST', url: '/api/projects', headers: s?.headers ?? {}, payload: body });
const get = (s: Session | null, id: string) => t.app.inject({ method: 'GET', url: `/api/projects/${id}`, headers: s?.headers ?? {} });
const patch = (s: Session | null, id: string, body: object) => t.app.inject({ method: 'PATCH', url: `/api/projects/${id}`, headers: s?.headers ?? {}, payload: body });

describe('creating projects', () => {
  it('lets a contractor create a project, placed at its postcode when no point is given', async () => {
    const res = await create(owner);
    expect(res.statusCode).toBe(201);
    const p = json(res);
    expect(p).toMatchObject({ status: 'planned', postcode: '3790', city: 'Hasle', floorAreaM2: '140.5', canEdit: true, counts: { draft: 0, published: 0, closed: 0 }, reuseRate: null });
    expect(p.lat).toBeCloseTo(55.183, 2);
    expect(p.lon).toBeCloseTo(14.717, 2);
  });

  it('keeps a clicked point', async () => {
    const p = json(await create(owner, projectBody({ lat: 55.2001, lon: 14.9502 })));
    expect([p.lat, p.lon]).toEqual([55.2001, 14.9502]);
    // The town still comes from the postcode when none is given.
    expect(p.city).toBe('Hasle');
  });

  it.each([
    ['a citizen', () => citizen, 403],
    ['a maker', () => maker, 403],
    ['a planner', () => planner, 403],
    ['nobody', () => null, 401],
  ])('refuses %s', async (_, who, status) => {
    expect((await create(who())).statusCode).toBe(status);
  });

  it.each([
    ['a bad postcode', { postcode: '37' }, 'postcode'],
    ['an unknown postcode without a point', { postcode: '8000', municipalityCode: '0751' }, 'lat'],
    ['an unknown municipality', { municipalityCode: '0999' }, 'municipalityCode'],
    ['a harvest window that ends before it starts', { harvestFrom: '2026-05-01', harvestTo: '2026-04-01' }, 'harvestTo'],
    ['a screening without a date', { screening: { done: true, date: null } }, 'screening.date'],
    ['a point outside Denmark', { lat: 48.85, lon: 2.35 }, 'lat'],
    ['only one coordinate', { lat: 55.1 }, 'lon'],
    ['a year in the future', { constructionYear: 3000 }, 'constructionYear'],
    ['a negative floor area', { floorAreaM2: '-5' }, 'floorAreaM2'],
    ['an unknown building use', { buildingUse: 'castle' }, 'buildingUse'],
    ['a missing title', { title: '' }, 'title'],
  ])('refuses %s, naming the field', async (_, overrides, field) => {
    const res = await create(owner, projectBody(overrides));
    expect(res.statusCode).toBe(400);
    expect(json(res).error.fields.map((f: { path: string }) => f.path)).toContain(field);
  });
});

describe('who sees and changes a project', () => {
  it('hides an unverified organisation’s project from everyone but its members, its planners and admins', async () => {
    const id = json(await create(unverified)).id;
    expect((await get(unverified, id)).statusCode).toBe(200);
    expect((await get(planner, id)).statusCode).toBe(200);
    expect((await get(admin, id)).statusCode).toBe(200);
    for (const who of [null, citizen, otherContractor, otherPlanner]) {
      const res = await get(who, id);
      expect(res.statusCode).toBe(404);
      expect(json(res).error.code).toBe('NOT_FOUND');
    }
    const list = json(await t.app.inject({ method: 'GET', url: '/api/projects' }));
    expect(list.projects.map((p: { id: string }) => p.id)).not.toContain(id);
    const mine = json(await t.app.inject({ method: 'GET', url: '/api/projects?mine=true', headers: unverified.headers }));
    expect(mine.projects.map((p: { id: string }) => p.id)).toEqual([id]);
  });

  it('shows a verified organisation’s project to the public, but only its members may change it', async () => {
    const id = json(await create(owner)).id;
    const publicView = json(await get(null, id));
    expect(publicView.canEdit).toBe(false);
    expect((await patch(otherContractor, id, { title: 'Overtaget' })).statusCode).toBe(403);
    expect((await patch(planner, id, { title: 'Overtaget' })).statusCode).toBe(403);
    expect((await patch(citizen, id, { title: 'Overtaget' })).statusCode).toBe(403);
    expect((await patch(null, id, { title: 'Overtaget' })).statusCode).toBe(401);
    const ok = await patch(owner, id, { title: 'Nyt navn' });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).title).toBe('Nyt navn');
    expect(json(await get(null, id)).title).toBe('Nyt navn');
  });

  it('lists by municipality for a planner and by organisation with mine=true', async () => {
    const id = json(await create(owner)).id;
    const mine = json(await t.app.inject({ method: 'GET', url: '/api/projects?mine=true', headers: owner.headers }));
    expect(mine.projects.every((p: { organisation: { id: string } }) => p.organisation.id === owner.organisationId)).toBe(true);
    expect(mine.projects.map((p: { id: string }) => p.id)).toContain(id);
    const nothing = json(await t.app.inject({ method: 'GET', url: '/api/projects?mine=true', headers: citizen.headers }));
    expect(nothing.projects).toEqual([]);
    const bad = await t.app.inject({ method: 'GET', url: '/api/projects?status=demolished' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('project status', () => {
  it('moves planned → active → completed and never back', async () => {
    const id = json(await create(owner)).id;
    expect(json(await patch(owner, id, { status: 'active' })).status).toBe('active');
    expect(json(await patch(owner, id, { status: 'completed' })).status).toBe('completed');
    const back = await patch(owner, id, { status: 'active' });
    expect(back.statusCode).toBe(409);
    expect(json(back).error.code).toBe('CONFLICT');
  });

  it('refuses a harvest window change that would end before it starts', async () => {
    const id = json(await create(owner)).id;
    const res = await patch(owner, id, { harvestTo: '2000-01-01' });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.fields[0].path).toBe('harvestTo');
  });

  it('records the screening findings', async () => {
    const id = json(await create(owner)).id;
    const res = await patch(owner, id, { screening: { done: true, date: '2026-01-10', reportRef: 'PCB-77', findings: { pcb: true, other: 'Fugemasse' } } });
    expect(json(res).screening).toEqual({ done: true, date: '2026-01-10', reportRef: 'PCB-77', findings: { asbestos: false, pcb: true, lead: false, other: 'Fugemasse' } });
  });
});
