import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { searchQuerySchema } from '@byg360/shared';
import { createMeiliClient } from '../../src/search/meili-client.ts';
import { reindex } from '../../src/search/meili-index.ts';
import { pushSearchOutbox } from '../../src/search/outbox-worker.ts';
import { searchWithPostgres } from '../../src/search/pg-engine.ts';
import { claimOutbox, completeOutbox, pauseOutbox, resumeOutbox } from '../../src/search/search-outbox-repository.ts';
import { createSearchService } from '../../src/search/search-service.ts';
import { organisationMember, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';
import { startFakeMeili, type FakeMeili } from './fake-meili.ts';
import { AREA_BBOX, makeLot, makeProject } from './search-fixtures.ts';

let t: TestApp;
let contractor: Session;
let project: string;
let fake: FakeMeili;

const db = () => t.database.db;
const silent = { warn: () => undefined };

async function outbox() {
  const { rows } = await db().execute<{ lot_id: string; seq: string; attempts: number; last_error: string | null; due_in: number; claimed: boolean }>(sql`
    SELECT lot_id, seq::text AS seq, attempts, last_error, extract(epoch FROM next_attempt_at - now())::float8 AS due_in, claimed_until IS NOT NULL AS claimed
    FROM search_outbox ORDER BY seq`);
  return rows;
}
const retitle = (id: string, title: string) => t.app.inject({ method: 'PATCH', url: `/api/lots/${id}`, headers: contractor.headers, payload: { title } });
const searchable = async () => Number((await db().execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM lot_search`)).rows[0]!.n);

beforeAll(async () => {
  t = await buildTestApp();
  contractor = await organisationMember(t.app, { role: 'contractor', kind: 'contractor' });
  project = await makeProject(t.app, contractor, { lat: 56.0, lon: 8.2 });
  fake = await startFakeMeili();
});
afterAll(async () => {
  await fake.close();
  await t.close();
});
beforeEach(async () => {
  await db().execute(sql`DELETE FROM search_outbox`);
  fake.clear();
  fake.failWhen = null;
  fake.delayMs = 0;
  fake.multiSearch = null;
});
afterEach(() => resumeOutbox(db()));

describe('search outbox', () => {
  it('is written in the same transaction as the lot change, and not when that rolls back', async () => {
    const lot = await makeLot(t.app, contractor, project, { title: 'Mursten til outbox', category: 'murvaerk-mursten' });
    expect((await outbox()).map((r) => r.lot_id)).toEqual([lot]);
    await db().execute(sql`DELETE FROM search_outbox`);
    await expect(
      db().transaction(async (tx) => {
        await tx.execute(sql`UPDATE lots SET title = 'Rullet tilbage' WHERE id = ${lot}`);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await outbox()).toEqual([]);
  });

  it('is also written for reservations, photos, project moves and deletions, but not for changes search does not show', async () => {
    const lot = await makeLot(t.app, contractor, project, { title: 'Mursten til ændringer', category: 'murvaerk-mursten' });
    await db().execute(sql`DELETE FROM search_outbox`);
    await db().execute(sql`UPDATE lots SET dimensions = '240x115x55' WHERE id = ${lot}`);
    expect(await outbox()).toEqual([]);
    await db().execute(sql`UPDATE lots SET reserved_quantity = 1 WHERE id = ${lot}`);
    expect((await outbox()).map((r) => r.lot_id)).toEqual([lot]);
    await db().execute(sql`DELETE FROM search_outbox`);
    await t.app.inject({ method: 'PATCH', url: `/api/projects/${project}`, headers: contractor.headers, payload: { lat: 56.001, lon: 8.2 } });
    expect((await outbox()).map((r) => r.lot_id)).toContain(lot);
  });

  it('hands out rows oldest change first, and a lot that changes again goes to the back', async () => {
    const [a, b, c] = [
      await makeLot(t.app, contractor, project, { title: 'Lot A', category: 'murvaerk-mursten' }),
      await makeLot(t.app, contractor, project, { title: 'Lot B', category: 'murvaerk-mursten' }),
      await makeLot(t.app, contractor, project, { title: 'Lot C', category: 'murvaerk-mursten' }),
    ];
    await retitle(a!, 'Lot A igen');
    const first = await claimOutbox(db(), 2);
    expect(first.map((r) => r.lotId)).toEqual([b, c]);
    // Claimed rows are leased: the next claim skips them.
    expect((await claimOutbox(db(), 10)).map((r) => r.lotId)).toEqual([a]);
  });

  it('keeps a row whose lot changed while it was being pushed', async () => {
    const a = await makeLot(t.app, contractor, project, { title: 'Lot D', category: 'murvaerk-mursten' });
    const b = await makeLot(t.app, contractor, project, { title: 'Lot E', category: 'murvaerk-mursten' });
    const claimed = await claimOutbox(db(), 10);
    await retitle(a, 'Lot D ændret');
    await completeOutbox(db(), claimed);
    const left = await outbox();
    expect(left.map((r) => r.lot_id)).toEqual([a]);
    expect(left[0]!.claimed).toBe(false);
    expect(left.map((r) => r.lot_id)).not.toContain(b);
  });

  it('hands out nothing while a reindex has paused it', async () => {
    await makeLot(t.app, contractor, project, { title: 'Lot F', category: 'murvaerk-mursten' });
    await pauseOutbox(db(), 5);
    expect(await claimOutbox(db(), 10)).toEqual([]);
    await resumeOutbox(db());
    expect(await claimOutbox(db(), 10)).toHaveLength(1);
  });
});

describe('outbox worker (Meilisearch at the HTTP boundary)', () => {
  const client = () => createMeiliClient({ url: fake.url, masterKey: 'test-key' }, 2000);

  it('creates the index with our settings, pushes documents in the order of the changes and deletes what search no longer shows', async () => {
    const a = await makeLot(t.app, contractor, project, { title: 'Tagsten A', category: 'tag-tegltagsten', priceDkk: '150' });
    const b = await makeLot(t.app, contractor, project, { title: 'Tagsten B', category: 'tag-tegltagsten' });
    const draft = await makeLot(t.app, contractor, project, { title: 'Tagsten kladde', category: 'tag-tegltagsten', status: 'draft' });
    await retitle(a, 'Tagsten A, nyt navn');

    const result = await pushSearchOutbox(db(), client(), { batchSize: 2, log: silent });
    expect(result).toEqual({ upserted: 2, deleted: 1, failed: 0 });
    expect(await outbox()).toEqual([]);

    const calls = fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path.split('?')[0]}`);
    expect(calls).toEqual([
      'POST /indexes',
      'PATCH /indexes/lots/settings',
      'POST /indexes/lots/documents',
      'POST /indexes/lots/documents/delete-batch',
      'POST /indexes/lots/documents',
    ]);
    const bodies = fake.requests.filter((r) => r.path.startsWith('/indexes/lots/documents'));
    expect(bodies.map((r) => (r.body as (string | { id: string })[]).map((x) => (typeof x === 'string' ? x : x.id)))).toEqual([[b], [draft], [a]]);
    expect(fake.indexes.get('lots')!.settings).toMatchObject({ searchableAttributes: ['title', 'categoryNames', 'description'] });

    const doc = fake.indexes.get('lots')!.documents.get(a)!;
    expect(doc).toMatchObject({
      id: a,
      title: 'Tagsten A, nyt navn',
      categorySlugs: ['tag-tegltagsten', 'tag'],
      topCategorySlug: 'tag',
      priceDkk: 150,
      priceBand: '100-1000',
      price: '150',
      quantityLeft: '100',
      municipalityCode: '0760',
      screened: true,
      orgKind: 'contractor',
      _geo: { lat: 56.001, lng: 8.2 },
      coverThumbnailUrl: null,
    });
    expect(doc.categoryNames).toEqual(expect.arrayContaining(['Tegltagsten', 'Tag']));
    expect(typeof doc.publishedAt).toBe('number');
  });

  it('retries a failed batch later, waiting longer each time', async () => {
    const lot = await makeLot(t.app, contractor, project, { title: 'Vinduer til retry', category: 'vinduer-trae' });
    const c = client();
    await pushSearchOutbox(db(), c, { log: silent }); // index ready, outbox empty
    await retitle(lot, 'Vinduer til retry 2');
    fake.failWhen = (r) => (r.path.startsWith('/indexes/lots/documents') ? 503 : null);

    expect(await pushSearchOutbox(db(), c, { log: silent })).toEqual({ upserted: 0, deleted: 0, failed: 1 });
    let [row] = await outbox();
    expect(row).toMatchObject({ lot_id: lot, attempts: 1, claimed: false });
    expect(row!.last_error).toMatch(/Simulated failure/);
    expect(row!.due_in).toBeGreaterThan(1);
    expect(row!.due_in).toBeLessThanOrEqual(2.1);
    // Not due yet: nothing is tried.
    expect(await pushSearchOutbox(db(), c, { log: silent })).toEqual({ upserted: 0, deleted: 0, failed: 0 });

    await db().execute(sql`UPDATE search_outbox SET next_attempt_at = now()`);
    await pushSearchOutbox(db(), c, { log: silent });
    [row] = await outbox();
    expect(row).toMatchObject({ attempts: 2 });
    expect(row!.due_in).toBeGreaterThan(3);

    fake.failWhen = null;
    await db().execute(sql`UPDATE search_outbox SET next_attempt_at = now()`);
    expect(await pushSearchOutbox(db(), c, { log: silent })).toEqual({ upserted: 1, deleted: 0, failed: 0 });
    expect(await outbox()).toEqual([]);
    expect(fake.indexes.get('lots')!.documents.get(lot)).toMatchObject({ title: 'Vinduer til retry 2' });
  });
});

describe('reindex', () => {
  it('builds a new index from PostgreSQL and swaps it in, then removes the old one', async () => {
    const c = createMeiliClient({ url: fake.url, masterKey: undefined }, 2000);
    fake.indexes.set('lots', { primaryKey: 'id', settings: {}, documents: new Map([['stale', { id: 'stale' }]]) });
    const result = await reindex(db(), c, { now: 123, batchSize: 4 });
    const expected = await searchable();
    expect(result).toEqual({ index: 'lots_123', documents: expected });

    const calls = fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path.split('?')[0]}`);
    expect(calls[0]).toBe('POST /indexes');
    expect(fake.requests.find((r) => r.path === '/indexes')!.body).toEqual({ uid: 'lots_123', primaryKey: 'id' });
    expect(calls[1]).toBe('PATCH /indexes/lots_123/settings');
    expect(calls.filter((c) => c === 'POST /indexes/lots_123/documents')).toHaveLength(Math.ceil(expected / 4));
    expect(calls.slice(-2)).toEqual(['POST /swap-indexes', 'DELETE /indexes/lots_123']);
    expect(fake.requests.find((r) => r.path === '/swap-indexes')!.body).toEqual([{ indexes: ['lots', 'lots_123'] }]);

    const live = fake.indexes.get('lots')!;
    expect(live.documents.size).toBe(expected);
    expect(live.documents.has('stale')).toBe(false);
    expect(fake.indexes.has('lots_123')).toBe(false);
    // The outbox worker runs again afterwards.
    expect((await db().execute<{ p: unknown }>(sql`SELECT paused_until AS p FROM search_index_state`)).rows[0]!.p).toBeNull();
  });

  it('creates the live index first when there is none yet', async () => {
    fake.indexes.clear();
    const result = await reindex(db(), createMeiliClient({ url: fake.url, masterKey: undefined }, 2000), { now: 456 });
    expect(fake.requests.find((r) => r.path === '/swap-indexes')!.body).toEqual([{ indexes: ['lots', 'lots_456'] }]);
    expect(fake.indexes.get('lots')!.documents.size).toBe(result.documents);
    expect(fake.indexes.get('lots')!.settings).toMatchObject({ sortableAttributes: expect.arrayContaining(['_geo']) });
    expect([...fake.indexes.keys()]).toEqual(['lots']);
  });

  it('leaves the outbox running when it fails', async () => {
    fake.failWhen = (r) => (r.path.includes('/documents') ? 500 : null);
    await expect(reindex(db(), createMeiliClient({ url: fake.url, masterKey: undefined }, 2000), { now: 789 })).rejects.toThrow();
    await makeLot(t.app, contractor, project, { title: 'Lot efter fejl', category: 'murvaerk-mursten' });
    expect(await claimOutbox(db(), 10)).toHaveLength(1);
  });
});

describe('search with Meilisearch, and the fallback to PostgreSQL', () => {
  const parse = (input: Record<string, string>) => searchQuerySchema.parse(input);

  it('answers from Meilisearch when it is up, shaped like the PostgreSQL answer', async () => {
    const lot = await makeLot(t.app, contractor, project, { title: 'Egebjælker fra Meili', category: 'konstruktionstrae-bjaelker', priceDkk: '800' });
    const { rows } = await db().execute<{ id: string }>(sql`SELECT id FROM material_categories WHERE slug = 'konstruktionstrae-bjaelker'`);
    const c = createMeiliClient({ url: fake.url, masterKey: undefined }, 2000);
    await pushSearchOutbox(db(), c, { log: silent });
    const doc = fake.indexes.get('lots')!.documents.get(lot)!;
    fake.multiSearch = (body) => ({
      results: body.queries.map((q, i) => ({
        indexUid: 'lots',
        query: q.q,
        processingTimeMs: 1,
        hitsPerPage: q.hitsPerPage,
        page: q.page,
        totalPages: 1,
        totalHits: i === 0 ? 1 : 0,
        hits: i === 0 ? [doc] : [],
        facetDistribution: i === 0 ? { municipalityCode: { '0760': 1 }, priceBand: { '100-1000': 1 } } : { categorySlugs: { 'konstruktionstrae-bjaelker': 1, konstruktionstrae: 1 }, condition: { B: 1 } },
      })),
    });
    const service = createSearchService(db(), { meili: c, log: silent });
    const res = await service.search(parse({ q: 'egebjælker', category: 'konstruktionstrae', condition: 'B', near: '56,8.2', bbox: AREA_BBOX }));
    expect(res.engine).toBe('meilisearch');
    expect(res.total).toBe(1);
    expect(res.hits[0]).toMatchObject({ id: lot, title: 'Egebjælker fra Meili', category: { id: rows[0]!.id, slug: 'konstruktionstrae-bjaelker' }, priceDkk: '800', location: { lat: 56.001, lon: 8.2 } });
    expect(res.hits[0]!.distanceKm).toBeCloseTo(0.111, 2);
    expect(res.facets.category.map((b) => b.slug)).toEqual(['konstruktionstrae', 'konstruktionstrae-bjaelker']);
    expect(res.facets.municipality).toEqual([{ value: '0760', name: 'Ringkøbing-Skjern', count: 1 }]);
    expect(res.facets.priceBand).toEqual([
      { value: 'free', count: 0 },
      { value: '1-100', count: 0 },
      { value: '100-1000', count: 1 },
      { value: '1000+', count: 0 },
    ]);
    const request = fake.requests.find((r) => r.path === '/multi-search')!.body as { queries: { filter?: string[]; facets: string[] }[] };
    expect(request.queries).toHaveLength(3);
    expect(request.queries[0]!.filter).toEqual(['_geoBoundingBox([56.1, 8.4], [55.9, 8])', 'categorySlugs IN ["konstruktionstrae"]', 'condition IN ["B"]']);
  });

  it('falls back to PostgreSQL when Meilisearch answers with an error', async () => {
    fake.failWhen = (r) => (r.path === '/multi-search' ? 500 : null);
    const service = createSearchService(db(), { meili: createMeiliClient({ url: fake.url, masterKey: undefined }, 800), log: silent });
    const query = parse({ bbox: AREA_BBOX });
    const res = await service.search(query);
    expect(res.engine).toBe('postgres');
    expect(res).toEqual(await searchWithPostgres(db(), query));
  });

  it('falls back to PostgreSQL when Meilisearch is too slow, and leaves it alone for a while', async () => {
    fake.delayMs = 2000;
    const service = createSearchService(db(), { meili: createMeiliClient({ url: fake.url, masterKey: undefined }, 300), log: silent, cooldownMs: 60_000 });
    const started = Date.now();
    expect((await service.search(parse({ bbox: AREA_BBOX }))).engine).toBe('postgres');
    expect(Date.now() - started).toBeLessThan(1500);
    const asked = fake.requests.length;
    expect((await service.search(parse({ bbox: AREA_BBOX }))).engine).toBe('postgres');
    expect(fake.requests.length).toBe(asked);
  });

  it('says which engine answered through the API and in the health check', async () => {
    const app = await buildTestApp({ meili: { url: fake.url, masterKey: undefined } });
    try {
      expect(json(await app.app.inject({ method: 'GET', url: '/api/search?q=mursten' })).engine).toBe('meilisearch');
      expect(json(await app.app.inject({ method: 'GET', url: '/api/health' })).search).toBe('meilisearch');
      fake.failWhen = () => 500;
      expect(json(await app.app.inject({ method: 'GET', url: '/api/search?q=mursten' })).engine).toBe('postgres');
    } finally {
      await app.close();
    }
  });
});
