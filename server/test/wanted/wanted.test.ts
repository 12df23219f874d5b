import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendWantedAlerts } from '../../src/wanted/wanted-alerts.ts';
import { categoryId, demoSession, isoDay, organisationMember, type Session } from '../helpers/fixtures.ts';
import { bearer, buildTestApp, json, uniqueEmail, type TestApp } from '../helpers/test-app.ts';
import { makeLot, makeProject } from '../search/search-fixtures.ts';

let t: TestApp;
let contractor: Session, citizen: Session, other: Session, admin: Session;

/** A fresh citizen with a real name and e-mail, to check that neither leaks. */
async function newCitizen(name: string): Promise<Session & { email: string }> {
  const email = uniqueEmail('wanted');
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { email, password: 'a wanted password', name } });
  const body = json(res);
  return { token: body.accessToken, userId: body.user.id, organisationId: null, headers: bearer(body.accessToken), email };
}

const post = (s: Session | null, payload: object) => t.app.inject({ method: 'POST', url: '/api/wanted', headers: s?.headers ?? {}, payload });
const notifications = async (s: Session) => json(await t.app.inject({ method: 'GET', url: '/api/notifications', headers: s.headers })).notifications as { kind: string; data: Record<string, unknown> }[];
const alerts = async (s: Session) => (await notifications(s)).filter((n) => n.kind === 'wanted_match');
const runAlerts = () => sendWantedAlerts(t.database.db, t.config.publicUrl);

// Places in West Jutland, away from the demo data: Ringkøbing and two points 8 and 30 km east of it.
const RINGKOBING = { lat: 56.09, lon: 8.24 };
const EAST_8KM = { lat: 56.09, lon: 8.37 };
const EAST_30KM = { lat: 56.09, lon: 8.725 };

beforeAll(async () => {
  t = await buildTestApp({ earlyAccessHours: 0 });
  contractor = await organisationMember(t.app, { role: 'contractor', kind: 'contractor' });
  citizen = await newCitizen('Karen Efterlyser');
  other = await newCitizen('Ole Anden');
  admin = await demoSession(t.app, 'admin');
});
afterAll(() => t.close());

describe('posting and listing wanted posts', () => {
  it('creates a post at a postcode with the default radius', async () => {
    const res = await post(citizen, { categoryId: await categoryId(t.app, 'vinduer-trae'), title: 'Gamle vinduer til drivhus', quantity: '6', unit: 'pcs', postcode: '3700', neededBy: isoDay(60) });
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({
      category: { slug: 'vinduer-trae' },
      title: 'Gamle vinduer til drivhus',
      quantity: '6',
      unit: 'pcs',
      area: { postcode: '3700', municipalityCode: '0400', radiusKm: 25 },
      status: 'open',
      hasSearch: false,
      neededBy: isoDay(60),
    });
  });

  it('creates a post at a clicked point, named after the nearest town, or from a saved search', async () => {
    const atPoint = json(await post(citizen, { categoryId: await categoryId(t.app, 'murvaerk'), lat: 55.101, lon: 14.702, radiusKm: 10 }));
    expect(atPoint.area).toMatchObject({ postcode: '3700', municipalityCode: '0400', radiusKm: 10, lat: 55.1, lon: 14.7 });
    expect(atPoint).toMatchObject({ lat: 55.101, lon: 14.702 });
    const saved = await post(citizen, { search: { q: 'tagsten', condition: ['A', 'B'], free: true }, postcode: '3790', title: 'Tagsten til udhus' });
    expect(saved.statusCode).toBe(201);
    expect(json(saved)).toMatchObject({ category: null, hasSearch: true, search: { q: 'tagsten', condition: ['A', 'B'], free: true } });
  });

  it.each([
    ['no category and no search', { postcode: '3700' }],
    ['no place', { categoryId: '3fca6c0e-9e66-45f1-a03d-8cb3b1341eeb' }],
    ['latitude without longitude', { categoryId: '3fca6c0e-9e66-45f1-a03d-8cb3b1341eeb', lat: 55.1 }],
    ['a radius over 500 km', { categoryId: '3fca6c0e-9e66-45f1-a03d-8cb3b1341eeb', postcode: '3700', radiusKm: 501 }],
    ['a quantity without a unit', { categoryId: '3fca6c0e-9e66-45f1-a03d-8cb3b1341eeb', postcode: '3700', quantity: '5' }],
    ['an unknown postcode', { search: { q: 'mursten' }, postcode: '0001' }],
    ['an unknown category', { categoryId: '3fca6c0e-9e66-45f1-a03d-8cb3b1341eeb', postcode: '3700' }],
    ['a unit the category is not counted in', { categoryIdSlug: 'murvaerk-mursten', postcode: '3700', quantity: '5', unit: 'm3' }],
    ['a malformed saved search', { search: { bbox: '1,2' }, postcode: '3700' }],
  ])('refuses %s with 400', async (_, body) => {
    const { categoryIdSlug, ...rest } = body as { categoryIdSlug?: string };
    const payload = categoryIdSlug ? { ...rest, categoryId: await categoryId(t.app, categoryIdSlug) } : rest;
    const res = await post(citizen, payload);
    expect(res.statusCode).toBe(400);
    expect(json(res).error.code).toBe('VALIDATION');
  });

  it('needs a login to post', async () => {
    expect((await post(null, { search: { q: 'x' }, postcode: '3700' })).statusCode).toBe(401);
  });

  it('lists open posts publicly without anything about who posted them', async () => {
    const created = json(await post(citizen, { categoryId: await categoryId(t.app, 'gulve-plankegulv'), note: 'Til sommerhus', postcode: '3760', lat: 55.2174, lon: 14.9812 }));
    const res = await t.app.inject({ method: 'GET', url: '/api/wanted?pageSize=100' });
    expect(res.statusCode).toBe(200);
    const listed = json(res).wanted.find((w: { id: string }) => w.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      category: expect.objectContaining({ slug: 'gulve-plankegulv' }),
      title: null,
      quantity: null,
      unit: null,
      area: { lat: 55.22, lon: 14.98, radiusKm: 25, postcode: '3760', municipalityCode: '0400' },
      neededBy: null,
      note: 'Til sommerhus',
      hasSearch: false,
      createdAt: expect.any(String),
    });
    for (const leak of [citizen.userId, 'Karen Efterlyser', (citizen as Session & { email: string }).email, 'userId', 'email']) expect(res.body).not.toContain(leak);
    expect(json(await t.app.inject({ method: 'GET', url: `/api/wanted/${created.id}` }))).toEqual(listed);
  });

  it('filters the list by category (a parent includes its children) and municipality', async () => {
    const beams = json(await post(citizen, { categoryId: await categoryId(t.app, 'konstruktionstrae-bjaelker'), lat: RINGKOBING.lat, lon: RINGKOBING.lon }));
    const list = async (qs: string) => json(await t.app.inject({ method: 'GET', url: `/api/wanted?pageSize=100&${qs}` })).wanted.map((w: { id: string }) => w.id);
    expect(await list('category=konstruktionstrae')).toContain(beams.id);
    expect(await list('category=konstruktionstrae-bjaelker')).toContain(beams.id);
    expect(await list('category=murvaerk')).not.toContain(beams.id);
    expect(await list('municipality=0400')).not.toContain(beams.id);
    const page = json(await t.app.inject({ method: 'GET', url: '/api/wanted?pageSize=1' }));
    expect(page.wanted).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
  });
});

describe('changing and deleting wanted posts', () => {
  let id: string;
  beforeEach(async () => {
    id = json(await post(citizen, { categoryId: await categoryId(t.app, 'doere-indvendige'), postcode: '3700' })).id;
  });

  it('lets the author change and close a post; a closed post leaves the public list but stays in mine', async () => {
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/wanted/${id}`, headers: citizen.headers, payload: { radiusKm: 40, note: 'Gerne fyldningsdøre' } });
    expect(patched.statusCode).toBe(200);
    expect(json(patched)).toMatchObject({ area: { radiusKm: 40 }, note: 'Gerne fyldningsdøre', status: 'open' });
    expect(json(await t.app.inject({ method: 'PATCH', url: `/api/wanted/${id}`, headers: citizen.headers, payload: { status: 'fulfilled' } })).status).toBe('fulfilled');
    const open = json(await t.app.inject({ method: 'GET', url: '/api/wanted?pageSize=100' })).wanted.map((w: { id: string }) => w.id);
    expect(open).not.toContain(id);
    const mine = json(await t.app.inject({ method: 'GET', url: '/api/wanted/mine', headers: citizen.headers })).wanted;
    expect(mine.find((w: { id: string }) => w.id === id)).toMatchObject({ status: 'fulfilled' });
    expect((await t.app.inject({ method: 'GET', url: `/api/wanted/${id}` })).statusCode).toBe(404);
  });

  it('answers another user’s change or deletion with 404, as if the post did not exist', async () => {
    expect((await t.app.inject({ method: 'PATCH', url: `/api/wanted/${id}`, headers: other.headers, payload: { status: 'closed' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/wanted/${id}`, headers: other.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/wanted/${id}`, headers: contractor.headers, payload: { note: 'x' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/wanted/${id}` })).statusCode).toBe(401);
    const mine = json(await t.app.inject({ method: 'GET', url: '/api/wanted/mine', headers: other.headers })).wanted;
    expect(mine.map((w: { id: string }) => w.id)).not.toContain(id);
  });

  it('lets the author delete a post, and an administrator remove any', async () => {
    expect((await t.app.inject({ method: 'DELETE', url: `/api/wanted/${id}`, headers: citizen.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/wanted/${id}`, headers: citizen.headers })).statusCode).toBe(404);
    const second = json(await post(citizen, { categoryId: await categoryId(t.app, 'doere-indvendige'), postcode: '3700' })).id;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/wanted/${second}`, headers: admin.headers })).statusCode).toBe(204);
  });
});

describe('alerts when a matching lot is published', () => {
  let seeker: Session;
  let project8km: string, project30km: string;

  beforeAll(async () => {
    project8km = await makeProject(t.app, contractor, EAST_8KM);
    project30km = await makeProject(t.app, contractor, EAST_30KM);
  });
  beforeEach(async () => {
    // Each test starts with its own poster and an empty queue.
    seeker = await newCitizen('Søren Søger');
    await runAlerts();
  });

  const want = async (body: object) => {
    const res = await post(seeker, { lat: RINGKOBING.lat, lon: RINGKOBING.lon, ...body });
    expect(res.statusCode).toBe(201);
    return json(res).id as string;
  };

  it('alerts a post whose category matches within its radius, in-app and by mail', async () => {
    const wanted = await want({ categoryId: await categoryId(t.app, 'murvaerk-mursten'), radiusKm: 10 });
    const lot = await makeLot(t.app, contractor, project8km, { title: 'Røde mursten til alarm', category: 'murvaerk-mursten' });
    expect(await runAlerts()).toBeGreaterThanOrEqual(1);
    expect(await alerts(seeker)).toEqual([expect.objectContaining({ kind: 'wanted_match', data: { lotId: lot, lotTitle: 'Røde mursten til alarm', wantedId: wanted } })]);
    const { rows } = await t.database.db.execute<{ subject: string; body: string }>(sql`SELECT subject, body FROM mail_outbox WHERE "to" = ${(seeker as Session & { email: string }).email}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.subject).toContain('Røde mursten til alarm');
    expect(rows[0]!.body).toContain(`/lots/${lot}`);
  });

  it('matches a parent category to lots of its children', async () => {
    await want({ categoryId: await categoryId(t.app, 'murvaerk'), radiusKm: 10 });
    await makeLot(t.app, contractor, project8km, { title: 'Klinker til forælder', category: 'murvaerk-klinker' });
    await runAlerts();
    expect(await alerts(seeker)).toHaveLength(1);
  });

  it('leaves out lots beyond the radius and of other categories', async () => {
    await want({ categoryId: await categoryId(t.app, 'murvaerk-mursten'), radiusKm: 20 });
    await makeLot(t.app, contractor, project30km, { title: 'Mursten for langt væk', category: 'murvaerk-mursten' });
    await makeLot(t.app, contractor, project8km, { title: 'Bjælker tæt på', category: 'konstruktionstrae-bjaelker' });
    await runAlerts();
    expect(await alerts(seeker)).toEqual([]);
    // With a wider radius the far lot would have matched.
    await want({ categoryId: await categoryId(t.app, 'murvaerk-mursten'), radiusKm: 35 });
    await makeLot(t.app, contractor, project30km, { title: 'Mursten inden for 35 km', category: 'murvaerk-mursten' });
    await runAlerts();
    expect((await alerts(seeker)).map((a) => a.data.lotTitle)).toEqual(['Mursten inden for 35 km']);
  });

  it('never alerts members of the organisation that published the lot', async () => {
    const colleague = await t.app.inject({ method: 'POST', url: '/api/wanted', headers: contractor.headers, payload: { categoryId: await categoryId(t.app, 'murvaerk-mursten'), lat: RINGKOBING.lat, lon: RINGKOBING.lon, radiusKm: 50 } });
    expect(colleague.statusCode).toBe(201);
    await want({ categoryId: await categoryId(t.app, 'murvaerk-mursten'), radiusKm: 50 });
    await makeLot(t.app, contractor, project8km, { title: 'Egne mursten', category: 'murvaerk-mursten' });
    await runAlerts();
    expect(await alerts(seeker)).toHaveLength(1);
    expect((await alerts(contractor)).map((a) => a.data.lotTitle)).not.toContain('Egne mursten');
  });

  it('matches saved searches by their filters and text', async () => {
    await want({ search: { q: 'vinduer', condition: ['A', 'B'] }, radiusKm: 20 });
    await makeLot(t.app, contractor, project8km, { title: 'Gamle vinduer med sprosser', category: 'vinduer-trae', condition: 'B' });
    await makeLot(t.app, contractor, project8km, { title: 'Vinduer i dårlig stand', category: 'vinduer-trae', condition: 'C' });
    await makeLot(t.app, contractor, project8km, { title: 'Mursten, ikke vinduer', category: 'murvaerk-mursten', description: null, condition: 'A' });
    await runAlerts();
    expect((await alerts(seeker)).map((a) => a.data.lotTitle).sort()).toEqual(['Gamle vinduer med sprosser', 'Mursten, ikke vinduer'].sort());
  });

  it('alerts when a draft is published, once per lot and post, and not for closed or expired posts', async () => {
    await want({ categoryId: await categoryId(t.app, 'tag-tegltagsten'), radiusKm: 20 });
    const closed = await want({ categoryId: await categoryId(t.app, 'tag-tegltagsten'), radiusKm: 20 });
    await t.app.inject({ method: 'PATCH', url: `/api/wanted/${closed}`, headers: seeker.headers, payload: { status: 'closed' } });
    await want({ categoryId: await categoryId(t.app, 'tag-tegltagsten'), radiusKm: 20, neededBy: isoDay(-1) });
    const lot = await makeLot(t.app, contractor, project8km, { title: 'Tagsten i kladde', category: 'tag-tegltagsten', status: 'draft' });
    await runAlerts();
    expect(await alerts(seeker)).toEqual([]);
    const publish = (status: string) => t.app.inject({ method: 'PATCH', url: `/api/lots/${lot}`, headers: contractor.headers, payload: { status } });
    expect((await publish('published')).statusCode).toBe(200);
    await runAlerts();
    expect(await alerts(seeker)).toHaveLength(1);
    await publish('draft');
    await publish('published');
    await runAlerts();
    expect(await alerts(seeker)).toHaveLength(1);
  });

  it('alerts for lots published by a spreadsheet import', async () => {
    await want({ categoryId: await categoryId(t.app, 'konstruktionstrae'), radiusKm: 20 });
    const form = new FormData();
    const csv = ['Title,Category,Quantity,Unit,Condition,Status', 'Ceiling joists from import,konstruktionstrae-bjaelker,2.5,m3,B,published', 'Draft joists,konstruktionstrae-bjaelker,1,m3,B,'].join('\n');
    form.append('file', new File([Buffer.from(csv, 'utf8')], 'lots.csv'));
    const res = await t.app.inject({ method: 'POST', url: `/api/projects/${project8km}/lots/import?mode=commit`, headers: contractor.headers, payload: form });
    expect(res.statusCode, res.body).toBe(201);
    await runAlerts();
    expect((await alerts(seeker)).map((a) => a.data.lotTitle)).toEqual(['Ceiling joists from import']);
  });
});
