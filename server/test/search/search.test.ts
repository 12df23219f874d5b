import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '@byg360/shared';
import { categoryId, demoSession, isoDay, organisationMember, type Session } from '../helpers/fixtures.ts';
import { pickupAt } from '../helpers/lots.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';
import { AREA, AREA_BBOX, makeLot, makeProject, search, type LotSpec } from './search-fixtures.ts';

let t: TestApp;
let contractor: Session, recycler: Session, citizen: Session;

interface Fixture extends LotSpec {
  key: string;
  project: 'P1' | 'P2' | 'P3' | 'P4';
  id?: string;
}

const PROJECTS = {
  P1: { lat: 56.0, lon: 8.2, municipalityCode: '0760', postcode: '6950', screened: true, owner: 'contractor' },
  P2: { lat: 56.05, lon: 8.3, municipalityCode: '0657', postcode: '7400', screened: false, owner: 'recycler' },
  // Exactly on the area's northern edge, and a hair outside it.
  P3: { lat: AREA.maxLat, lon: 8.1, municipalityCode: '0760', postcode: '6950', screened: true, owner: 'contractor' },
  P4: { lat: AREA.maxLat + 0.0001, lon: 8.1, municipalityCode: '0760', postcode: '6950', screened: true, owner: 'contractor' },
} as const;
const projectIds: Record<string, string> = {};

const fixtures: Fixture[] = [
  { key: 'redBricks', project: 'P1', title: 'Røde mursten', category: 'murvaerk-mursten', condition: 'A', priceDkk: '0', availableFrom: isoDay(0), pickUpBy: isoDay(30) },
  { key: 'bricksDefinite', project: 'P1', title: 'Murstenene fra gavlen', category: 'murvaerk-mursten', condition: 'B', priceDkk: '2.5', availableFrom: isoDay(0), pickUpBy: isoDay(20) },
  { key: 'tiles', project: 'P1', title: 'Tagsten, røde vingetegl', category: 'tag-tegltagsten', condition: 'B', priceDkk: '5', availableFrom: isoDay(0), pickUpBy: isoDay(60) },
  { key: 'tilesDefinite', project: 'P2', title: 'Tagstenene fra laden', category: 'tag-tegltagsten', condition: 'C', priceDkk: '150', availableFrom: isoDay(10), pickUpBy: isoDay(40) },
  { key: 'floorboards', project: 'P2', title: 'Gulvbrædder i fyr', category: 'gulve-plankegulv', description: 'Lå under et lag gamle mursten på loftet', condition: 'B', priceDkk: '2000' },
  { key: 'beams', project: 'P2', title: 'Egebjælker', category: 'konstruktionstrae-bjaelker', condition: 'A', priceDkk: '800', availableFrom: null, pickUpBy: null },
  { key: 'edge', project: 'P3', title: 'Granitkantsten', category: 'natursten-granitkantsten', condition: 'B', priceDkk: '40', unit: 'm' },
  { key: 'outside', project: 'P4', title: 'Granitkantsten udenfor', category: 'natursten-granitkantsten', condition: 'B', priceDkk: '40', unit: 'm' },
];
const byKey = (key: string) => fixtures.find((f) => f.key === key)!;
const idOf = (key: string) => byKey(key).id!;
/** What the public search may show inside AREA. */
const visible = () => fixtures.filter((f) => f.key !== 'outside');
const parentOf = (slug: string) => slug.split('-')[0]!;
const price = (f: Fixture) => Number(f.priceDkk ?? '0');
const ids = (r: SearchResponse) => r.hits.map((h) => h.id).sort();
const expectIds = (fs: Fixture[]) => fs.map((f) => f.id!).sort();

beforeAll(async () => {
  t = await buildTestApp({ earlyAccessHours: 0 });
  contractor = await organisationMember(t.app, { role: 'contractor', kind: 'contractor' });
  recycler = await organisationMember(t.app, { role: 'contractor', kind: 'recycling_station' });
  citizen = await demoSession(t.app, 'citizen');
  for (const [key, p] of Object.entries(PROJECTS)) projectIds[key] = await makeProject(t.app, p.owner === 'contractor' ? contractor : recycler, p);
  for (const f of fixtures) {
    const owner = PROJECTS[f.project].owner === 'contractor' ? contractor : recycler;
    f.id = await makeLot(t.app, owner, projectIds[f.project]!, f);
  }
  // Lots the search must never show: a draft, a closed, a deleted and a fully reserved lot.
  await makeLot(t.app, contractor, projectIds.P1!, { title: 'Mursten i kladde', category: 'murvaerk-mursten', status: 'draft' });
  const closed = await makeLot(t.app, contractor, projectIds.P1!, { title: 'Mursten lukket', category: 'murvaerk-mursten' });
  await t.app.inject({ method: 'PATCH', url: `/api/lots/${closed}`, headers: contractor.headers, payload: { status: 'closed' } });
  const deleted = await makeLot(t.app, contractor, projectIds.P1!, { title: 'Mursten slettet', category: 'murvaerk-mursten' });
  await t.app.inject({ method: 'DELETE', url: `/api/lots/${deleted}`, headers: contractor.headers });
  const reserved = await makeLot(t.app, contractor, projectIds.P1!, { title: 'Mursten reserveret', category: 'murvaerk-mursten', quantity: '10' });
  const r = await t.app.inject({ method: 'POST', url: `/api/lots/${reserved}/reservations`, headers: citizen.headers, payload: { quantity: '10', pickupAt: pickupAt() } });
  expect(r.statusCode).toBe(201);
});
afterAll(() => t.close());

describe('what the search shows', () => {
  it('shows published lots of verified organisations with something left, and nothing else', async () => {
    const res = await search(t.app, { bbox: AREA_BBOX, pageSize: 100 });
    expect(res.engine).toBe('postgres');
    expect(ids(res)).toEqual(expectIds(visible()));
    expect(res.total).toBe(visible().length);
  });

  it('describes each hit with what the list and the map need', async () => {
    const res = await search(t.app, { bbox: AREA_BBOX, q: 'Røde mursten' });
    const hit = res.hits.find((h) => h.id === idOf('redBricks'))!;
    expect(hit).toMatchObject({
      title: 'Røde mursten',
      category: { slug: 'murvaerk-mursten', nameDa: 'Mursten' },
      condition: 'A',
      quantityLeft: '100',
      unit: 'pcs',
      priceDkk: '0',
      location: { lat: 56, lon: 8.2, postcode: '6950', municipalityCode: '0760' },
      organisation: { kind: 'contractor' },
      coverThumbnailUrl: null,
      pickUpBy: isoDay(30),
      availableFrom: isoDay(0),
      distanceKm: null,
    });
    expect(Date.parse(hit.publishedAt!)).toBeGreaterThan(Date.now() - 600_000);
  });

  it('follows reservations: quantity left shrinks, a lot with nothing left disappears and comes back when released', async () => {
    const project = await makeProject(t.app, contractor, { lat: 55.7, lon: 9.2 });
    const lot = await makeLot(t.app, contractor, project, { title: 'Klinker til reservation', category: 'murvaerk-klinker', quantity: '10' });
    const find = async () => (await search(t.app, { bbox: '9.1,55.6,9.3,55.8', q: 'klinker' })).hits.find((h) => h.id === lot);
    const reserve = (quantity: string) =>
      t.app.inject({ method: 'POST', url: `/api/lots/${lot}/reservations`, headers: citizen.headers, payload: { quantity, pickupAt: pickupAt() } });
    expect((await reserve('4')).statusCode).toBe(201);
    expect((await find())?.quantityLeft).toBe('6');
    const last = json(await reserve('6'));
    expect(await find()).toBeUndefined();
    expect((await t.app.inject({ method: 'POST', url: `/api/reservations/${last.id}/cancel`, headers: citizen.headers })).statusCode).toBe(200);
    expect((await find())?.quantityLeft).toBe('6');
    await t.app.inject({ method: 'PATCH', url: `/api/lots/${lot}`, headers: contractor.headers, payload: { status: 'closed' } });
    expect(await find()).toBeUndefined();
  });

  it('keeps lot_search right when one statement changes what is left of several lots, alone or with other fields', async () => {
    const project = await makeProject(t.app, contractor, { lat: 55.7, lon: 9.25 });
    const [a, b, c] = [
      await makeLot(t.app, contractor, project, { title: 'Trinsten A', category: 'natursten-granit', quantity: '10', unit: 'm3' }),
      await makeLot(t.app, contractor, project, { title: 'Trinsten B', category: 'natursten-granit', quantity: '10', unit: 'm3' }),
      await makeLot(t.app, contractor, project, { title: 'Trinsten C', category: 'natursten-granit', quantity: '10', unit: 'm3' }),
    ];
    const seqOf = async (id: string) => (await t.database.db.execute<{ seq: string }>(sql`SELECT seq::text FROM search_outbox WHERE lot_id = ${id}`)).rows[0]?.seq;
    const before = await seqOf(a!);
    await t.database.db.execute(sql`
      UPDATE lots SET reserved_quantity = CASE id WHEN ${a} THEN 3 WHEN ${b} THEN 10 ELSE 5 END,
        title = CASE id WHEN ${c} THEN 'Trappesten C' ELSE title END
      WHERE id IN (${a}, ${b}, ${c})`);
    const rows = async () =>
      Object.fromEntries(
        (await t.database.db.execute<{ lot_id: string; quantity_left: string; title: string }>(sql`SELECT lot_id, quantity_left::text, title FROM lot_search WHERE project_id = ${project}`)).rows.map(
          (r) => [r.lot_id, `${r.title} ${Number(r.quantity_left)}`],
        ),
      );
    expect(await rows()).toEqual({ [a!]: 'Trinsten A 7', [c!]: 'Trappesten C 5' });
    // Meilisearch hears of the quantity too.
    expect(BigInt((await seqOf(a!))!)).toBeGreaterThan(BigInt(before!));
    await t.database.db.execute(sql`UPDATE lots SET reserved_quantity = 0 WHERE id IN (${a}, ${b})`);
    expect(await rows()).toEqual({ [a!]: 'Trinsten A 10', [b!]: 'Trinsten B 10', [c!]: 'Trappesten C 5' });
    await t.database.db.execute(sql`UPDATE lots SET status = 'closed' WHERE project_id = ${project}`);
  });

  it('follows a project that moves and an organisation that loses its verification', async () => {
    const project = await makeProject(t.app, contractor, { lat: 55.5, lon: 9.0 });
    const lot = await makeLot(t.app, contractor, project, { title: 'Flyttede vinduer', category: 'vinduer-trae' });
    const inArea = async () => (await search(t.app, { bbox: AREA_BBOX, q: 'vinduer' })).hits.some((h) => h.id === lot);
    expect(await inArea()).toBe(false);
    const moved = await t.app.inject({ method: 'PATCH', url: `/api/projects/${project}`, headers: contractor.headers, payload: { lat: 56.02, lon: 8.25 } });
    expect(moved.statusCode).toBe(200);
    expect(await inArea()).toBe(true);

    await t.database.db.execute(sql`UPDATE organisations SET verified = false WHERE id = ${contractor.organisationId}`);
    expect(await inArea()).toBe(false);
    await t.database.db.execute(sql`UPDATE organisations SET verified = true WHERE id = ${contractor.organisationId}`);
    expect(await inArea()).toBe(true);
    await t.app.inject({ method: 'DELETE', url: `/api/lots/${lot}`, headers: contractor.headers });
    expect(await inArea()).toBe(false);
  });
});

describe('text', () => {
  it('ranks a title match over a match in the description', async () => {
    const res = await search(t.app, { bbox: AREA_BBOX, q: 'mursten' });
    const order = res.hits.map((h) => h.id);
    expect(order).toContain(idOf('floorboards'));
    expect(order.indexOf(idOf('redBricks'))).toBeLessThan(order.indexOf(idOf('floorboards')));
    expect(order.indexOf(idOf('bricksDefinite'))).toBeLessThan(order.indexOf(idOf('floorboards')));
  });

  it.each([
    ['murstenene', ['redBricks', 'bricksDefinite']],
    ['mursten', ['redBricks', 'bricksDefinite']],
    ['tagstenene', ['tiles', 'tilesDefinite']],
    ['tagsten', ['tiles', 'tilesDefinite']],
    ['bjælke', ['beams']],
  ])('matches Danish forms: "%s" finds %j', async (q, keys) => {
    const found = (await search(t.app, { bbox: AREA_BBOX, q })).hits.map((h) => h.id);
    for (const key of keys) expect(found).toContain(idOf(key));
  });

  it.each([
    ['murstne', ['redBricks', 'bricksDefinite'], ['tiles']],
    ['tgsten', ['tiles', 'tilesDefinite'], ['redBricks']],
    ['egebjælkr', ['beams'], ['tiles']],
  ])('forgives misspellings: "%s" finds %j', async (q, keys, not) => {
    const found = (await search(t.app, { bbox: AREA_BBOX, q })).hits.map((h) => h.id);
    for (const key of keys) expect(found).toContain(idOf(key));
    for (const key of not) expect(found).not.toContain(idOf(key));
  });

  it('corrects each word of several, and learns the words of a lot published later', async () => {
    const found = (await search(t.app, { bbox: AREA_BBOX, q: 'rød murstne' })).hits.map((h) => h.id);
    expect(found).toContain(idOf('redBricks'));
    expect((await search(t.app, { bbox: AREA_BBOX, q: 'kobbertagrendr' })).total).toBe(0);
    const gutters = await makeLot(t.app, contractor, projectIds.P1!, { title: 'Kobbertagrender, 12 m', category: 'tag-tegltagsten' });
    try {
      expect((await search(t.app, { bbox: AREA_BBOX, q: 'kobbertagrendr' })).hits.map((h) => h.id)).toEqual([gutters]);
    } finally {
      await t.app.inject({ method: 'PATCH', url: `/api/lots/${gutters}`, headers: contractor.headers, payload: { status: 'closed' } });
    }
  });

  it('corrects against category names too: "tegltagstn" finds the tiles by their category', async () => {
    const found = (await search(t.app, { bbox: AREA_BBOX, q: 'tegltagstn' })).hits.map((h) => h.id);
    expect(found).toEqual(expect.arrayContaining([idOf('tiles'), idOf('tilesDefinite')]));
  });

  it.each([
    ['murs', ['redBricks', 'bricksDefinite'], ['tiles']],
    ['tagst', ['tiles', 'tilesDefinite'], ['redBricks']],
    ['røde murs', ['redBricks'], ['bricksDefinite']],
  ])('matches prefixes as you type: "%s" finds %j', async (q, keys, not) => {
    const found = (await search(t.app, { bbox: AREA_BBOX, q })).hits.map((h) => h.id);
    for (const key of keys) expect(found).toContain(idOf(key));
    for (const key of not) expect(found).not.toContain(idOf(key));
  });

  it('knows synonyms: tegl finds mursten, but a synonym is not a prefix (mursten does not find tegltagsten)', async () => {
    const found = (await search(t.app, { bbox: AREA_BBOX, q: 'tegl' })).hits.map((h) => h.id);
    expect(found).toContain(idOf('redBricks'));
    const bricks = (await search(t.app, { bbox: AREA_BBOX, q: 'mursten' })).hits.map((h) => h.id);
    expect(bricks).not.toContain(idOf('tiles'));
  });

  it('finds nothing for words that are in no lot', async () => {
    expect((await search(t.app, { bbox: AREA_BBOX, q: 'xylofon' })).total).toBe(0);
  });
});

describe('filters', () => {
  const day = (n: number) => isoDay(n);
  const within = (f: Fixture, d: string) => (f.availableFrom === null || (f.availableFrom ?? day(0)) <= d) && (f.pickUpBy === null || (f.pickUpBy ?? day(30)) >= d);

  const cases: [string, Record<string, string>, (f: Fixture) => boolean][] = [
    ['a parent category, with its children', { category: 'murvaerk' }, (f) => parentOf(f.category) === 'murvaerk'],
    ['a child category', { category: 'tag-tegltagsten' }, (f) => f.category === 'tag-tegltagsten'],
    ['two categories', { category: 'murvaerk,konstruktionstrae' }, (f) => ['murvaerk', 'konstruktionstrae'].includes(parentOf(f.category))],
    ['one condition', { condition: 'A' }, (f) => f.condition === 'A'],
    ['two conditions', { condition: 'B,C' }, (f) => f.condition !== 'A'],
    ['free', { free: 'true' }, (f) => price(f) === 0],
    ['a maximum price, inclusive', { maxPrice: '5' }, (f) => price(f) <= 5],
    ['a municipality', { municipality: '0657' }, (f) => PROJECTS[f.project].municipalityCode === '0657'],
    ['a postcode', { postcode: '6950' }, (f) => PROJECTS[f.project].postcode === '6950'],
    ['a date inside the pick-up window', { availableOn: day(5) }, (f) => within(f, day(5))],
    ['a date later in the window', { availableOn: day(35) }, (f) => within(f, day(35))],
    ['hazard screening done', { screened: 'true' }, (f) => PROJECTS[f.project].screened],
    ['the organisation kind', { orgKind: 'recycling_station' }, (f) => PROJECTS[f.project].owner === 'recycler'],
    [
      'several at once',
      { category: 'tag', condition: 'C', maxPrice: '200', orgKind: 'recycling_station' },
      (f) => parentOf(f.category) === 'tag' && f.condition === 'C' && price(f) <= 200 && PROJECTS[f.project].owner === 'recycler',
    ],
    ['text with a condition', { q: 'mursten', condition: 'A' }, (f) => f.key === 'redBricks'],
    ['a category and a municipality', { category: 'gulve', municipality: '0657,0760' }, (f) => parentOf(f.category) === 'gulve'],
  ];

  it.each(cases)('filters by %s', async (_, params, expected) => {
    const res = await search(t.app, { bbox: AREA_BBOX, pageSize: 100, ...params });
    const want = visible().filter(expected);
    expect(want.length).toBeGreaterThan(0);
    expect(ids(res)).toEqual(expectIds(want));
    expect(res.total).toBe(want.length);
  });

  it('takes a category by id as well as by slug', async () => {
    const byId = await search(t.app, { bbox: AREA_BBOX, category: await categoryId(t.app, 'tag-tegltagsten') });
    expect(ids(byId)).toEqual(expectIds(visible().filter((f) => f.category === 'tag-tegltagsten')));
  });

  it('takes repeated parameters as a list', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/search?bbox=${AREA_BBOX}&condition=A&condition=C&pageSize=100` });
    expect(ids(json(res))).toEqual(expectIds(visible().filter((f) => f.condition !== 'B')));
  });

  it('includes a lot exactly on the edge of the bbox and leaves out one just outside', async () => {
    const found = ids(await search(t.app, { bbox: AREA_BBOX, pageSize: 100 }));
    expect(found).toContain(idOf('edge'));
    expect(found).not.toContain(idOf('outside'));
    const lower = ids(await search(t.app, { bbox: `${AREA.minLon},${AREA.minLat},${AREA.maxLon},${AREA.maxLat - 0.0001}`, pageSize: 100 }));
    expect(lower).not.toContain(idOf('edge'));
    const west = ids(await search(t.app, { bbox: `8.1,${AREA.minLat},${AREA.maxLon},${AREA.maxLat + 0.001}`, pageSize: 100 }));
    expect(west).toEqual(expect.arrayContaining([idOf('edge'), idOf('outside')]));
    const westOff = ids(await search(t.app, { bbox: `8.1001,${AREA.minLat},${AREA.maxLon},${AREA.maxLat + 0.001}`, pageSize: 100 }));
    expect(westOff).not.toContain(idOf('edge'));
  });

  it('includes lots within the radius and leaves out those just beyond it', async () => {
    const p1 = PROJECTS.P1;
    const near = `${p1.lat},${p1.lon}`;
    const all = await search(t.app, { near, bbox: AREA_BBOX, pageSize: 100 });
    const toP2 = all.hits.find((h) => h.id === idOf('tilesDefinite'))!.distanceKm!;
    expect(toP2).toBeGreaterThan(7);
    expect(toP2).toBeLessThan(9);
    const inside = ids(await search(t.app, { near, radiusKm: toP2 + 0.002, pageSize: 100 }));
    const outside = ids(await search(t.app, { near, radiusKm: toP2 - 0.002, pageSize: 100 }));
    const p2Lots = visible().filter((f) => f.project === 'P2').map((f) => f.id!);
    expect(inside).toEqual(expect.arrayContaining(p2Lots));
    for (const id of p2Lots) expect(outside).not.toContain(id);
    expect(outside).toContain(idOf('redBricks'));
  });

  it('refuses malformed geography and paging with 400', async () => {
    for (const qs of ['bbox=1,2,3', 'bbox=9,56,8,57', 'bbox=a,b,c,d', 'near=56', 'radiusKm=5', 'near=56,8&radiusKm=501', 'sort=nearest', 'pageSize=101', 'page=0', 'condition=D', 'availableOn=tomorrow']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/search?${qs}` });
      expect(res.statusCode, qs).toBe(400);
      expect(json(res).error.code).toBe('VALIDATION');
    }
  });
});

describe('sorting and paging', () => {
  it('sorts by distance with sort=nearest and reports the distance', async () => {
    const res = await search(t.app, { bbox: AREA_BBOX, near: `${PROJECTS.P2.lat},${PROJECTS.P2.lon}`, sort: 'nearest', pageSize: 100 });
    const distances = res.hits.map((h) => h.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBe(0);
  });

  it('sorts by the pick-up deadline, soonest first, open-ended last', async () => {
    const res = await search(t.app, { bbox: AREA_BBOX, sort: 'deadline', pageSize: 100 });
    const dates = res.hits.map((h) => h.pickUpBy ?? '9999-12-31');
    expect(dates).toEqual([...dates].sort());
    expect(res.hits.at(-1)!.pickUpBy).toBeNull();
  });

  it('sorts by newest first', async () => {
    const res = await search(t.app, { bbox: AREA_BBOX, sort: 'newest', pageSize: 100 });
    const times = res.hits.map((h) => h.publishedAt!);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('pages without duplicates or gaps when many lots tie', async () => {
    const project = await makeProject(t.app, contractor, { lat: 55.75, lon: 9.25 });
    const made: string[] = [];
    for (let i = 0; i < 12; i++) made.push(await makeLot(t.app, contractor, project, { title: 'Identiske fliser', category: 'gulve-fliser', pickUpBy: isoDay(25) }));
    // The same publication time for all: only the id can order them.
    await t.database.db.execute(sql`UPDATE lots SET published_at = '2026-01-01T00:00:00Z' WHERE project_id = ${project}`);
    for (const sort of ['relevance', 'newest', 'deadline'] as const) {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const res = await search(t.app, { q: 'identiske fliser', sort, page, pageSize: 5, bbox: '9.1,55.6,9.3,55.8' });
        expect(res.total).toBe(12);
        seen.push(...res.hits.map((h) => h.id));
      }
      expect(seen).toHaveLength(12);
      expect([...seen].sort()).toEqual([...made].sort());
    }
  });
});

describe('facets', () => {
  const queries: Record<string, string | number>[] = [
    { bbox: AREA_BBOX },
    { bbox: AREA_BBOX, q: 'mursten' },
    { bbox: AREA_BBOX, condition: 'B' },
    { bbox: AREA_BBOX, category: 'tag', maxPrice: 1000 },
    { bbox: AREA_BBOX, municipality: '0760', free: 'true', screened: 'true' },
  ];

  it.each(queries)('counts each facet value as the total of the query with that value as the facet’s filter (%j)', async (query) => {
    const res = await search(t.app, query);
    const without = (...keys: string[]) => Object.fromEntries(Object.entries(query).filter(([k]) => !keys.includes(k)));
    for (const bucket of res.facets.category) {
      expect((await search(t.app, { ...without('category'), category: bucket.slug })).total, bucket.slug).toBe(bucket.count);
    }
    for (const bucket of res.facets.condition) expect((await search(t.app, { ...without('condition'), condition: bucket.value })).total).toBe(bucket.count);
    for (const bucket of res.facets.municipality) expect((await search(t.app, { ...without('municipality'), municipality: bucket.value })).total).toBe(bucket.count);
    const totalAt = async (price: Record<string, string | number>) => (await search(t.app, { ...without('free', 'maxPrice'), ...price })).total;
    const [free, to100, to1000, all] = [await totalAt({ free: 'true' }), await totalAt({ maxPrice: 100 }), await totalAt({ maxPrice: 1000 }), await totalAt({})];
    expect(res.facets.priceBand).toEqual([
      { value: 'free', count: free },
      { value: '1-100', count: to100 - free },
      { value: '100-1000', count: to1000 - to100 },
      { value: '1000+', count: all - to1000 },
    ]);
    // A facet whose filter is not set adds up to the total.
    if (!('condition' in query)) expect(res.facets.condition.reduce((s, b) => s + b.count, 0)).toBe(res.total);
  });

  it('counts a parent category as its own lots plus its children’s', async () => {
    const res = await search(t.app, { bbox: AREA_BBOX });
    const murvaerk = res.facets.category.find((c) => c.slug === 'murvaerk')!;
    const mursten = res.facets.category.find((c) => c.slug === 'murvaerk-mursten')!;
    expect(murvaerk.count).toBe(visible().filter((f) => parentOf(f.category) === 'murvaerk').length);
    expect(mursten.parentId).toBe(murvaerk.id);
    expect(murvaerk.parentId).toBeNull();
  });
});
