import os from 'node:os';
import autocannon from 'autocannon';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { mapClustersQuerySchema, searchQuerySchema, type SearchQueryInput } from '@byg360/shared';
import { cellsPerWorld } from '../server/src/search/map-clusters.ts';
import { clusterStatement } from '../server/src/search/map-repository.ts';
import { searchSettings, searchStatement } from '../server/src/search/search-repository.ts';
import type { TextMatch } from '../server/src/search/search-sql.ts';
import { planText } from '../server/src/search/text-match.ts';
import { generateLots } from './search-data.ts';
import { median, report, startBenchApp, startBenchServerProcess } from './support.ts';

const LOTS = Number(process.env.BENCH_LOTS ?? 100_000);
const CONNECTIONS = 16;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
/** The server's default SEARCH_CACHE_SECONDS. */
const CACHE_SECONDS = 2;

/** The map's first view: all of Bornholm. */
const BORNHOLM = '14.6,54.95,15.25,55.32';
const WORDS = ['mursten', 'tagsten', 'bjælker', 'vinduer', 'murs', 'radiatorer', 'plankegulv', 'termoruder'];
const searchInputs: SearchQueryInput[] = WORDS.map((q) => ({ q, bbox: BORNHOLM }));
/** The map's first view, a city, Jutland and all of Denmark. */
const clusterViews = [
  { bbox: BORNHOLM, zoom: '10' },
  { bbox: '12.35,55.6,12.75,55.75', zoom: '11' },
  { bbox: '8,55,11,57.5', zoom: '8' },
  { bbox: '8,54.5,15.3,57.8', zoom: '7' },
];

const dialect = new PgDialect();
const toQuery = (statement: Parameters<PgDialect['sqlToQuery']>[0], text: TextMatch | null): Statement => ({ settings: searchSettings([text]), ...dialect.sqlToQuery(statement) });

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** autocannon at 16 connections over the paths in turn; latencies from every response, so p95 is exact. */
async function cannon(url: string, paths: string[]) {
  let i = 0;
  const latencies: number[] = [];
  // Without a callback autocannon returns its run: an event emitter that is also a promise of the result.
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  }) as unknown as NodeJS.EventEmitter & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    p50: r(percentile(latencies, 50)),
    p95: r(percentile(latencies, 95)),
    p99: r(percentile(latencies, 99)),
    rps: Math.round(result.requests.total / DURATION_S),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

interface Statement {
  /** SET LOCAL lines the app runs before the statement, in the same transaction. */
  settings: string[];
  sql: string;
  params: unknown[];
}

async function run(client: pg.ClientBase, q: Statement, prefix = '') {
  if (q.settings.length === 0) return client.query(prefix + q.sql, q.params);
  await client.query('BEGIN');
  for (const setting of q.settings) await client.query(setting);
  const result = await client.query(prefix + q.sql, q.params);
  await client.query('COMMIT');
  return result;
}

/** The same statements straight through `pg` (with the same settings), 16 loops in parallel, for as long as the HTTP run. */
async function directSql(databaseUrl: string, queries: Statement[]) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const latencies: number[] = [];
  const until = Date.now() + DURATION_S * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = await pool.connect();
      try {
        while (Date.now() < until) {
          const q = queries[n++ % queries.length]!;
          const t0 = performance.now();
          await run(client, q);
          latencies.push(performance.now() - t0);
        }
      } finally {
        client.release();
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { p50: r(percentile(latencies, 50)), p95: r(percentile(latencies, 95)), p99: r(percentile(latencies, 99)), rps: Math.round(latencies.length / DURATION_S) };
}

/** EXPLAIN (ANALYZE) of a statement, reduced to the lines that show how rows are found. */
async function plan(client: pg.Client, label: string, q: Statement) {
  const { rows } = await run(client, q, 'EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) ');
  const lines = rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']);
  const summary = lines.filter((l) => /Index|Bitmap|Seq Scan|Execution Time/.test(l)).map((l) => l.trim().replace(/\s+\(actual.*$/, ''));
  console.log(`\n  EXPLAIN ${label}`);
  for (const l of summary) console.log(`    ${l}`);
  return lines.some((l) => /Seq Scan on lot_search/.test(l));
}

/**
 * Search and map at 100,000 lots on PostgreSQL: seeds lots over Bornholm and Denmark, then measures
 * /api/search (text + facets + bbox) and /api/map/clusters at 16 connections, the same search SQL
 * straight through `pg`, and prints the query plans.
 */
export async function benchSearch() {
  // Other processes on the machine skew every latency: the report shows how busy it was.
  const loadBefore = os.loadavg()[0]!.toFixed(1);
  const bench = await startBenchApp({}, CONNECTIONS + 4);
  const textOf = async (q: string | undefined): Promise<TextMatch | null> => (await planText(bench.database.db, q)).primary;
  try {
    const data = await generateLots(bench.databaseUrl, LOTS);
    console.log(`seeded ${data.lots} lots in ${data.projects} projects (${data.bornholmLots} on Bornholm) in ${(data.ms / 1000).toFixed(1)} s`);

    const searchPaths = searchInputs.map((s) => `/api/search?${new URLSearchParams(s as Record<string, string>).toString()}`);
    const clusterPaths = clusterViews.map((v) => `/api/map/clusters?${new URLSearchParams(v).toString()}`);

    /** The HTTP measurements against a server in its own process, with the cache set so. */
    const measureApi = async (cacheSeconds: number) => {
      const server = await startBenchServerProcess({ searchCacheMs: cacheSeconds * 1000 }, CONNECTIONS + 4, { databaseUrl: bench.databaseUrl });
      try {
        // Warm up caches and check that every request answers.
        for (const path of [...searchPaths, ...clusterPaths]) {
          const res = await fetch(server.url + path);
          if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        }
        const single: Record<string, number> = {};
        for (const [i, path] of clusterPaths.entries()) {
          const times: number[] = [];
          for (let k = 0; k < 15; k++) {
            const t0 = performance.now();
            await fetch(server.url + path);
            times.push(performance.now() - t0);
          }
          single[`clusters z${clusterViews[i]!.zoom}, one at a time (median ms)`] = Math.round(median(times) * 10) / 10;
        }
        return {
          single,
          search: await cannon(server.url, searchPaths),
          clusters: await cannon(server.url, clusterPaths),
          bornholm: await cannon(server.url, [clusterPaths[0]!]),
        };
      } finally {
        await server.close();
      }
    };
    const sample = (await (await fetch(bench.url + searchPaths[0]!)).json()) as { total: number; engine: string };
    const cached = await measureApi(CACHE_SECONDS);
    const uncached = await measureApi(0);
    const searchQueries = await Promise.all(
      searchInputs.map(async (s) => {
        const query = searchQuerySchema.parse(s);
        const text = await textOf(query.q);
        return toQuery(searchStatement(query, text), text);
      }),
    );
    const sqlRun = await directSql(bench.databaseUrl, searchQueries);

    const client = new pg.Client({ connectionString: bench.databaseUrl });
    await client.connect();
    let seqScans = false;
    try {
      const q = (s: SearchQueryInput) => searchQuerySchema.parse(s);
      const explain = async (label: string, input: SearchQueryInput, text?: TextMatch) => {
        const query = q(input);
        const match = text ?? (await textOf(query.q));
        seqScans = (await plan(client, label, toQuery(searchStatement(query, match), match))) || seqScans;
      };
      await explain('search q=mursten + bbox (Bornholm)', { q: 'mursten', bbox: BORNHOLM });
      await explain('search q=murstenene (Danish form), whole country', { q: 'murstenene' });
      await explain('search near Rønne, 5 km, sort nearest', { near: '55.1,14.7', radiusKm: '5', sort: 'nearest' });
      await explain('search category=murvaerk + condition=A', { category: 'murvaerk', condition: 'A', bbox: BORNHOLM });
      const corrected = await (await planText(bench.database.db, 'murstne')).fallback();
      if (!corrected) throw new Error('"murstne" was not corrected');
      await explain(`search q=murstne, corrected to ${corrected.tsquery}`, { q: 'murstne' }, corrected);
      const view = mapClustersQuerySchema.parse(clusterViews[0]);
      seqScans = (await plan(client, 'clusters Bornholm z10', toQuery(clusterStatement(view, null, cellsPerWorld(view.bbox, view.zoom)), null))) || seqScans;
    } finally {
      await client.end();
    }

    const ratio = Math.round((uncached.search.rps / sqlRun.rps) * 100) / 100;
    const latency = (r: { p50: number; p95: number; p99: number }) => `${r.p50} / ${r.p95} / ${r.p99}`;
    const errors = [cached, uncached].reduce((n, m) => n + m.search.errors + m.clusters.errors + m.bornholm.errors, 0);
    report('search', {
      'lots (Bornholm)': `${data.lots} (${data.bornholmLots})`,
      'seed time (s)': (data.ms / 1000).toFixed(1),
      'connections / duration (s)': `${CONNECTIONS} / ${DURATION_S}`,
      'search hits for "mursten" on Bornholm': `${sample.total} (engine ${sample.engine})`,
      [`search, cache ${CACHE_SECONDS} s: p50 / p95 / p99 (ms)`]: latency(cached.search),
      [`search, cache ${CACHE_SECONDS} s: req/s`]: cached.search.rps,
      [`clusters 4 views, cache ${CACHE_SECONDS} s: p50/p95/p99`]: latency(cached.clusters),
      [`clusters 4 views, cache ${CACHE_SECONDS} s: req/s`]: cached.clusters.rps,
      'search, no cache: p50 / p95 / p99 (ms)': latency(uncached.search),
      'search, no cache: req/s': uncached.search.rps,
      'clusters 4 views, no cache: p50/p95/p99': latency(uncached.clusters),
      'clusters 4 views, no cache: req/s': uncached.clusters.rps,
      'clusters Bornholm z10, no cache: p50/p95/p99': latency(uncached.bornholm),
      'clusters Bornholm z10, no cache: req/s': uncached.bornholm.rps,
      ...uncached.single,
      'direct SQL search p50 / p95 / p99 (ms)': latency(sqlRun),
      'direct SQL search statements/s': sqlRun.rps,
      'API (no cache) / direct SQL throughput': ratio,
      'errors': errors,
      'load average before / after': `${loadBefore} / ${os.loadavg()[0]!.toFixed(1)}`,
      'sequential scans of lot_search': seqScans ? 'yes' : 'none',
    });
    if (errors > 0) process.exitCode = 1;
  } finally {
    await bench.close();
  }
}
