import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchQuerySchema, type SearchQueryInput } from '@byg360/shared';
import type { Meilisearch } from 'meilisearch';
import { createMeiliClient } from '../../src/search/meili-client.ts';
import { reindex } from '../../src/search/meili-index.ts';
import { pushSearchOutbox } from '../../src/search/outbox-worker.ts';
import { searchWithPostgres } from '../../src/search/pg-engine.ts';
import { createSearchService, type SearchService } from '../../src/search/search-service.ts';
import { organisationMember, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, type TestApp } from '../helpers/test-app.ts';
import { AREA_BBOX, makeLot, makeProject } from './search-fixtures.ts';

// Runs against a real Meilisearch when MEILI_URL (and MEILI_MASTER_KEY if it has one) is set.
describe.skipIf(!process.env.MEILI_URL)('Meilisearch engine (live)', () => {
  let t: TestApp;
  let client: Meilisearch;
  let service: SearchService;
  let contractor: Session;
  const uid = `lots_test_${process.pid}_${Date.now()}`;
  const silent = { warn: () => undefined };
  const query = (input: SearchQueryInput) => searchQuerySchema.parse({ bbox: AREA_BBOX, pageSize: 100, ...input });

  beforeAll(async () => {
    t = await buildTestApp();
    client = createMeiliClient({ url: process.env.MEILI_URL!, masterKey: process.env.MEILI_MASTER_KEY }, 5000);
    service = createSearchService(t.database.db, { meili: client, indexUid: uid, log: silent });
    contractor = await organisationMember(t.app, { role: 'contractor', kind: 'contractor' });
    const p1 = await makeProject(t.app, contractor, { lat: 56.0, lon: 8.2 });
    const p2 = await makeProject(t.app, contractor, { lat: 56.05, lon: 8.3, municipalityCode: '0657', postcode: '7400', screened: false });
    await makeLot(t.app, contractor, p1, { title: 'Røde mursten', category: 'murvaerk-mursten', condition: 'A', priceDkk: '0' });
    await makeLot(t.app, contractor, p1, { title: 'Tagsten, vingetegl', category: 'tag-tegltagsten', condition: 'B', priceDkk: '5' });
    await makeLot(t.app, contractor, p2, { title: 'Egebjælker', category: 'konstruktionstrae-bjaelker', condition: 'C', priceDkk: '800', availableFrom: null, pickUpBy: null });
    await makeLot(t.app, contractor, p2, { title: 'Gulvbrædder', category: 'gulve-plankegulv', description: 'Lå under mursten', condition: 'B', priceDkk: '2000' });
    await reindex(t.database.db, client, { uid });
  });
  afterAll(async () => {
    await client?.deleteIndexIfExists(uid);
    await t?.close();
  });

  it('answers from Meilisearch with typo tolerance and synonyms', async () => {
    for (const q of ['mursten', 'murstne', 'tegl']) {
      const res = await service.search(query({ q }));
      expect(res.engine).toBe('meilisearch');
      expect(res.hits.map((h) => h.title), q).toContain('Røde mursten');
    }
  });

  it.each<SearchQueryInput>([
    {},
    { category: 'murvaerk' },
    { condition: 'B,C' },
    { free: true },
    { maxPrice: 100 },
    { municipality: '0657' },
    { screened: true },
    { near: '56,8.2', radiusKm: 5 },
    { category: 'tag,konstruktionstrae', condition: 'C' },
  ])('finds and counts the same lots as PostgreSQL for %j', async (input) => {
    const [meili, pg] = [await service.search(query(input)), await searchWithPostgres(t.database.db, query(input))];
    expect(meili.engine).toBe('meilisearch');
    expect(meili.hits.map((h) => h.id).sort()).toEqual(pg.hits.map((h) => h.id).sort());
    expect(meili.total).toBe(pg.total);
    expect(meili.facets.condition).toEqual(pg.facets.condition);
    expect(meili.facets.priceBand).toEqual(pg.facets.priceBand);
    expect([...meili.facets.category].sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([...pg.facets.category].sort((a, b) => a.slug.localeCompare(b.slug)));
  });

  it('receives changes through the outbox', async () => {
    const p = await makeProject(t.app, contractor, { lat: 56.02, lon: 8.22 });
    const lot = await makeLot(t.app, contractor, p, { title: 'Nye vinduer fra outbox', category: 'vinduer-trae' });
    await pushSearchOutbox(t.database.db, client, { uid, log: silent });
    expect((await service.search(query({ q: 'vinduer' }))).hits.map((h) => h.id)).toContain(lot);
    await t.database.db.execute(sql`UPDATE lots SET status = 'closed' WHERE id = ${lot}`);
    await pushSearchOutbox(t.database.db, client, { uid, log: silent });
    expect((await service.search(query({ q: 'vinduer' }))).hits.map((h) => h.id)).not.toContain(lot);
  });
});
