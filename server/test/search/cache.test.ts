import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapClustersResponse } from '@byg360/shared';
import { createResponseCache } from '../../src/search/response-cache.ts';
import { organisationMember, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';
import { AREA_BBOX, makeLot, makeProject, search } from './search-fixtures.ts';

describe('response cache', () => {
  it('computes identical concurrent requests once and serves the body until it expires', async () => {
    const cache = createResponseCache({ ttlMs: 60_000 });
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 20));
      return `body ${computed}`;
    };
    const bodies = await Promise.all(Array.from({ length: 5 }, () => cache.get('k', compute)));
    expect(bodies).toEqual(Array(5).fill('body 1'));
    expect(await cache.get('k', compute)).toBe('body 1');
    expect(await cache.get('other', compute)).toBe('body 2');
    expect(computed).toBe(2);
  });

  it('does not store a body that was being computed when it was cleared', async () => {
    const cache = createResponseCache({ ttlMs: 60_000 });
    let release!: () => void;
    const slow = cache.get('k', () => new Promise<string>((resolve) => (release = () => resolve('old'))));
    cache.clear();
    release();
    expect(await slow).toBe('old');
    expect(await cache.get('k', async () => 'new')).toBe('new');
  });

  it('refreshes an entry in use before it expires, answering with the body in hand meanwhile', async () => {
    const cache = createResponseCache({ ttlMs: 4000 });
    let n = 0;
    const compute = async () => String(++n);
    expect(await cache.get('k', compute)).toBe('1');
    await new Promise((r) => setTimeout(r, 2100));
    // Past half its time: answered from memory at once, computed again behind.
    expect(await cache.get('k', compute)).toBe('1');
    await new Promise((r) => setTimeout(r, 10));
    expect(n).toBe(2);
    expect(await cache.get('k', compute)).toBe('2');
  });

  it('with a time of 0 computes every time', async () => {
    const cache = createResponseCache({ ttlMs: 0 });
    let n = 0;
    await cache.get('k', async () => String(++n));
    expect(await cache.get('k', async () => String(++n))).toBe('2');
  });
});

describe('cached search and map responses', () => {
  let t: TestApp;
  let owner: Session;
  let lotId: string;
  const q = { q: 'Cachemursten', bbox: AREA_BBOX };
  const titles = async (app = t.app) => (await search(app, q)).hits.map((h) => h.title);
  const clusterTotal = async () =>
    json<MapClustersResponse>(await t.app.inject({ method: 'GET', url: `/api/map/clusters?bbox=${AREA_BBOX}&zoom=10` })).total;
  const renameInDatabase = (title: string) => t.database.db.execute(sql`UPDATE lots SET title = ${title} WHERE id = ${lotId}`);

  beforeAll(async () => {
    t = await buildTestApp({ searchCacheMs: 60_000 });
    owner = await organisationMember(t.app, { role: 'contractor', kind: 'contractor' });
    const projectId = await makeProject(t.app, owner, { lat: 56.0, lon: 8.2 });
    lotId = await makeLot(t.app, owner, projectId, { title: 'Cachemursten gule', category: 'murvaerk-mursten' });
  });
  afterAll(() => t.close());

  it('answers a repeated search from memory, and a change made through the API clears it', async () => {
    expect(await titles()).toEqual(['Cachemursten gule']);
    expect(await clusterTotal()).toBe(1);
    // A change the instance did not make is not seen until the entry expires…
    await renameInDatabase('Cachemursten røde');
    expect(await titles()).toEqual(['Cachemursten gule']);
    // …nor after a refused change…
    const refused = await t.app.inject({ method: 'PATCH', url: `/api/lots/${lotId}`, headers: owner.headers, payload: { quantity: '-1' } });
    expect(refused.statusCode).toBe(400);
    expect(await titles()).toEqual(['Cachemursten gule']);
    // …but after one made through the API, with everything else that changed meanwhile.
    const changed = await t.app.inject({ method: 'PATCH', url: `/api/lots/${lotId}`, headers: owner.headers, payload: { description: 'Gule og røde' } });
    expect(changed.statusCode).toBe(200);
    expect(await titles()).toEqual(['Cachemursten røde']);
  });

  it('clears the map too', async () => {
    expect(await clusterTotal()).toBe(1);
    await t.database.db.execute(sql`UPDATE lots SET status = 'closed' WHERE id = ${lotId}`);
    expect(await clusterTotal()).toBe(1);
    const project = await t.app.inject({ method: 'POST', url: '/api/projects', headers: owner.headers, payload: {} });
    expect(project.statusCode).toBe(400);
    expect(await clusterTotal()).toBe(1);
    await makeProject(t.app, owner, { lat: 56.01, lon: 8.21 });
    expect(await clusterTotal()).toBe(0);
  });

  it('keys entries by the whole query: another page or word is computed for itself', async () => {
    await t.database.db.execute(sql`UPDATE lots SET status = 'published' WHERE id = ${lotId}`);
    await makeProject(t.app, owner, { lat: 56.02, lon: 8.22 });
    const first = await search(t.app, q);
    const other = await search(t.app, { ...q, q: 'Cachemursten røde' });
    const page2 = await search(t.app, { ...q, page: 2 });
    expect(first.total).toBe(1);
    expect(other.hits.map((h) => h.id)).toEqual([lotId]);
    expect(page2.hits).toEqual([]);
    expect(page2.page).toBe(2);
  });

  it('expires entries after SEARCH_CACHE_SECONDS', async () => {
    const short = await buildTestApp({ searchCacheMs: 150 });
    try {
      const member = await organisationMember(short.app, { role: 'contractor', kind: 'contractor' });
      const project = await makeProject(short.app, member, { lat: 56.0, lon: 8.2 });
      const id = await makeLot(short.app, member, project, { title: 'Cachemursten gamle', category: 'murvaerk-mursten' });
      expect(await titles(short.app)).toEqual(['Cachemursten gamle']);
      await short.database.db.execute(sql`UPDATE lots SET title = 'Cachemursten nye' WHERE id = ${id}`);
      await new Promise((r) => setTimeout(r, 300));
      expect(await titles(short.app)).toEqual(['Cachemursten nye']);
    } finally {
      await short.close();
    }
  });
});
