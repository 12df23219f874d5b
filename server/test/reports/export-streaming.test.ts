import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { copyStreams } from '../../src/db/copy-csv.ts';
import { lotsGeojson } from '../../src/reports/lots-geojson.ts';
import { LOT_PAGE, supplyDemandExport } from '../../src/reports/supply-demand-export.ts';
import type { ReportScope } from '../../src/reports/supply-demand-repository.ts';
import { categoryId, demoSession, projectBody, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';

const LOTS = 20_000;
let t: TestApp;
let planner: Session;
/** Pages of lots where they are read page by page (XLSX; CSV on PGlite): LOT_PAGE each, the last one short. */
let lotPages: number;
/** Whether the CSV's rows stream from one COPY (PostgreSQL) rather than one COPY per page (PGlite). */
let streamingCopy: boolean;
const year = new Date().getFullYear();
const scope: ReportScope = { municipalityCode: '0400', postcode: '3790', categoryIds: null, categorySlug: null, from: `${year - 1}-01-01`, to: `${year}-12-31`, granularity: 'year' };

beforeAll(async () => {
  t = await buildTestApp();
  planner = await demoSession(t.app, 'planner');
  const contractor = await demoSession(t.app, 'contractor');
  const project = json(await t.app.inject({ method: 'POST', url: '/api/projects', headers: contractor.headers, payload: projectBody({ postcode: '3790' }) })).id;
  const bricks = await categoryId(t.app, 'murvaerk-mursten');
  // Set-based, as the benchmark does: 20,000 published lots, every 1,000th titled like a formula.
  await t.database.db.execute(sql`
    insert into lots (project_id, category_id, title, quantity, unit, condition, status, published_at)
    select ${project}::uuid, ${bricks}::uuid,
      case when i % 1000 = 0 then '=HYPERLINK("http://x.example","' || i || '")' else 'Mursten ' || i end,
      (i % 500) + 1, 'pcs', 'B', 'published', now() - (i % 300) * interval '1 day'
    from generate_series(1, ${LOTS}) i`);
  const { rows } = await t.database.db.execute<{ n: number }>(sql`
    select count(*)::int as n from lots l join projects p on p.id = l.project_id
    where l.deleted_at is null and p.municipality_code = ${scope.municipalityCode} and p.postcode = ${scope.postcode}`);
  lotPages = Math.floor(rows[0]!.n / LOT_PAGE) + 1;
  streamingCopy = copyStreams(t.database.db);
});
afterAll(() => t.close());

/** Counts the queries a database handle runs through drizzle (COPY goes to the driver itself): the look-ups of where each page of lots ends, and the XLSX's pages. */
function countingDb(db: Db) {
  const spy = Object.create(db) as Db & { queries: number };
  spy.queries = 0;
  spy.execute = ((query: Parameters<Db['execute']>[0]) => {
    spy.queries++;
    return db.execute(query);
  }) as Db['execute'];
  return spy;
}

async function consume(stream: Readable, onChunk: (chunk: Buffer, index: number) => void) {
  let i = 0;
  for await (const chunk of stream) onChunk(Buffer.from(chunk), i++);
  return i;
}

describe('exports stream: memory does not grow with the number of rows', () => {
  it('CSV of 20,000 lots: written by COPY (one streamed statement, or one per page on PGlite) while it is read; the heap stays flat', async () => {
    const db = countingDb(t.database.db);
    const file = await supplyDemandExport(db, scope, 'csv', 'da', 'lots');
    expect(file.stream).toBeInstanceOf(Readable);
    let queriesAtFirstChunk = -1;
    let lines = 0;
    let peak = 0;
    global.gc?.();
    const base = process.memoryUsage().heapUsed;
    const chunks = await consume(file.stream, (chunk, i) => {
      if (i === 0) queriesAtFirstChunk = db.queries;
      lines += chunk.toString('utf8').split('\r\n').length - 1;
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    });
    expect(lines).toBe(LOTS + 1);
    expect(lotPages).toBeGreaterThan(2);
    expect(queriesAtFirstChunk).toBeLessThanOrEqual(1); // the header leaves while the first page is read
    expect(db.queries).toBe(streamingCopy ? 0 : lotPages);
    expect(chunks).toBeGreaterThanOrEqual(streamingCopy ? 10 : lotPages); // the header, then a chunk per page at least
    console.info(`CSV export of ${LOTS} lots: ${chunks} chunks, heap growth peak ${(peak / 1e6).toFixed(1)} MB`);
    expect(peak).toBeLessThan(64e6);
  });

  it('CSV of the lots of one day: the lots with nothing in the period, in every page, do not end the walk early', async () => {
    const day = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
    const { rows } = await t.database.db.execute<{ n: number }>(sql`
      select count(*)::int as n from lots l join projects p on p.id = l.project_id
      where l.deleted_at is null and p.postcode = '3790' and (l.published_at at time zone 'Europe/Copenhagen')::date = ${day}::date`);
    expect(rows[0]!.n).toBeGreaterThan(0);
    const db = countingDb(t.database.db);
    const file = await supplyDemandExport(db, { ...scope, from: day, to: day }, 'csv', 'en', 'lots');
    let text = '';
    await consume(file.stream, (chunk) => (text += chunk.toString('utf8')));
    const lines = text.split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(rows[0]!.n);
    expect(lines.every((l) => l.includes(`,${day},`))).toBe(true); // published that day
    expect(db.queries).toBe(streamingCopy ? 0 : lotPages);
  });

  it('XLSX of 20,000 lots is written while the lots are read', async () => {
    const db = countingDb(t.database.db);
    const file = await supplyDemandExport(db, { ...scope, categoryIds: null }, 'xlsx', 'en', 'categories');
    const before = db.queries; // the report itself
    let queriesAtFirstChunk = -1;
    let bytes = 0;
    await consume(file.stream, (chunk, i) => {
      if (i === 0) queriesAtFirstChunk = db.queries - before;
      bytes += chunk.length;
    });
    expect(queriesAtFirstChunk).toBeLessThanOrEqual(2); // where the first page ends, and the page
    expect(db.queries - before).toBe(2 * lotPages);
    expect(bytes).toBeGreaterThan(100_000);
  }, 120_000);

  it('CSV abandoned by its reader: the lot pages stop and no connection is left taken', async () => {
    for (let i = 0; i < 21; i++) { // more downloads than the test pool has connections (20)
      const file = await supplyDemandExport(t.database.db, scope, 'csv', 'da', 'lots');
      for await (const chunk of file.stream) {
        expect(chunk.length).toBeGreaterThan(0);
        break; // destroys the stream
      }
    }
    const pool = (t.database.db as { $client?: unknown }).$client;
    if (pool instanceof pg.Pool) await expect.poll(() => pool.totalCount - pool.idleCount).toBe(0);
    const { rows } = await t.database.db.execute<{ n: number }>(sql`select 1 as n`);
    expect(rows[0]!.n).toBe(1);
  });

  it('GeoJSON of 20,000 lots, over HTTP: sent in chunks without a length, and valid', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const res = await fetch(`http://127.0.0.1:${port}/api/exports/lots.geojson?postcode=3790`, { headers: planner.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const collection = JSON.parse(await res.text());
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThanOrEqual(LOTS);
    const csv = await fetch(`http://127.0.0.1:${port}/api/reports/supply-demand?format=csv&breakdown=lots&postcode=3790`, { headers: planner.headers });
    expect(csv.headers.get('transfer-encoding')).toBe('chunked');
    const text = await csv.text();
    // Quoted (the title holds quotes) and neutralised: "'=HYPERLINK(""http://…"",""1000"")".
    expect(text.match(/;"'=HYPERLINK\(/g)).toHaveLength(LOTS / 1000);
    expect(text).not.toMatch(/[;\n]"?=HYPERLINK/);

    const db = countingDb(t.database.db);
    const stream = await lotsGeojson(db, null, { postcode: '3790' }, 'http://localhost');
    let queriesAtFirstFeature = -1;
    await consume(stream, (chunk, i) => {
      if (i === 1) queriesAtFirstFeature = db.queries;
    });
    expect(queriesAtFirstFeature).toBeLessThanOrEqual(3); // of eleven pages of 2,000
  });
});
