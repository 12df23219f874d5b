import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import type { Database } from '../server/src/db/client.ts';
import { api, BENCH_PASSWORD, report, startBenchApp, startBenchServerProcess } from './support.ts';

const CONNECTIONS = 50;
const LOTS = 20;
const USERS = 50;
/** Every fourth lot is small and sells out within the first seconds; the others do not run out. */
const SCARCE_QUANTITY = 20;
const PLENTIFUL_QUANTITY = 100_000;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
/** BENCH_IN_PROCESS=1 runs the server on the load generator's event loop, as this bench did at first. */
const IN_PROCESS = process.env.BENCH_IN_PROCESS === '1';
/** BENCH_IDEMPOTENCY_KEYS=1 sends a fresh Idempotency-Key with every request, as the web client does. */
const KEYS = process.env.BENCH_IDEMPOTENCY_KEYS === '1';

const WARM_UP_S = 2;

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * CPU milliseconds the PostgreSQL backends of the bench database have used, from /proc (utime +
 * stime in ticks of 10 ms); null when PostgreSQL is not a local process whose /proc can be read.
 * With other work on the machine, CPU per request compares runs where requests per second cannot.
 */
async function postgresCpuMs(database: Database, databaseUrl: string): Promise<number | null> {
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(databaseUrl).hostname)) return null;
  const { rows } = await database.db.execute<{ pid: number }>(sql`select pid from pg_stat_activity where datname = current_database()`);
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks * 10;
}

/**
 * Reservations per second at 50 concurrent connections spread over 20 lots, against the real server
 * (in a child process, so that autocannon does not share its event loop) and PostgreSQL; then
 * counts over-reservations (a lot whose held quantity exceeds its quantity, or differs from the sum
 * of its holding reservations). The small lots run out early, so refusals (409) and the boundary
 * are exercised; the large ones do not, so that supply does not cap the rate measured.
 */
export async function benchReservations() {
  const loadBefore = load();
  const bench = IN_PROCESS ? await startBenchApp({ earlyAccessHours: 0 }, CONNECTIONS + 10) : await startBenchServerProcess({ earlyAccessHours: 0 }, CONNECTIONS + 10);
  try {
    const contractor = await api(bench.url, '/api/auth/login', { method: 'POST', body: { email: 'contractor@demo.byg360.dk', password: BENCH_PASSWORD } });
    const { categories } = await api(bench.url, '/api/categories');
    const bricks = categories.find((c: { slug: string }) => c.slug === 'murvaerk-mursten').id;
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const project = await api(bench.url, '/api/projects', {
      method: 'POST',
      token: contractor.accessToken,
      body: { title: 'Benchmark', address: 'Storegade 1', postcode: '3700', municipalityCode: '0400', buildingUse: 'farm', harvestFrom: today, harvestTo: later },
    });
    const lotIds: string[] = [];
    // The last lot only takes the warm-up, which opens the pool's connections and warms the backends.
    for (let i = 0; i <= LOTS; i++) {
      const lot = await api(bench.url, `/api/projects/${project.id}/lots`, {
        method: 'POST',
        token: contractor.accessToken,
        body: { categoryId: bricks, title: `Mursten ${i}`, quantity: String(i % 4 === 0 && i < LOTS ? SCARCE_QUANTITY : PLENTIFUL_QUANTITY), unit: 'pcs', condition: 'B', status: 'published', availableFrom: today, pickUpBy: later },
      });
      lotIds.push(lot.id);
    }
    const tokens: string[] = [];
    for (let i = 0; i < USERS; i++) {
      const s = await api(bench.url, '/api/auth/register', { method: 'POST', body: { email: `bench${i}@example.dk`, password: 'bench user password', name: `Bench ${i}` } });
      tokens.push(s.accessToken);
    }
    const pickupAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const runId = Date.now().toString(36);
    let n = 0;
    const run = (duration: number, lot: (i: number) => string) =>
      autocannon({
        url: bench.url,
        connections: CONNECTIONS,
        duration,
        requests: [
          {
            method: 'POST',
            setupRequest(req) {
              const i = n++;
              return {
                ...req,
                path: `/api/lots/${lot(i)}/reservations`,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${tokens[i % USERS]}`,
                  ...(KEYS ? { 'idempotency-key': `bench-${i}-${runId}` } : {}),
                },
                body: JSON.stringify({ quantity: String(1 + (i % 3)), pickupAt }),
              };
            },
          },
        ],
      });
    await run(WARM_UP_S, () => lotIds[LOTS]!);
    const serverCpu = 'cpuUsage' in bench ? () => bench.cpuUsage() : async () => process.cpuUsage();
    const [cpuBefore, pgBefore] = [await serverCpu(), await postgresCpuMs(bench.database, bench.databaseUrl)];
    const result = await run(DURATION_S, (i) => lotIds[i % LOTS]!);
    const [cpuAfter, pgAfter] = [await serverCpu(), await postgresCpuMs(bench.database, bench.databaseUrl)];
    const perRequest = (ms: number) => (ms / result.requests.total).toFixed(2);
    const serverMs = (cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system) / 1000;
    const { rows } = await bench.database.db.execute<{ over: number; mismatched: number; reservations: number; reserved: string; quantity: string }>(sql`
      select
        count(*) filter (where l.reserved_quantity > l.quantity)::int as over,
        count(*) filter (where l.reserved_quantity <> coalesce(h.holding, 0))::int as mismatched,
        coalesce(sum(h.n), 0)::int as reservations,
        sum(l.reserved_quantity)::text as reserved,
        sum(l.quantity)::text as quantity
      from lots l
      left join (select lot_id, sum(quantity) as holding, count(*) as n from reservations where status in ('pending','accepted','collected') group by lot_id) h on h.lot_id = l.id
      where l.project_id = ${project.id} and l.id <> ${lotIds[LOTS]!}`);
    const stats = rows[0]!;
    const created = result['2xx'];
    report('reservations', {
      'server': IN_PROCESS ? 'in the load generator’s process' : 'child process',
      'idempotency keys': KEYS ? 'yes' : 'no',
      'connections / lots / users': `${CONNECTIONS} / ${LOTS} / ${USERS}`,
      'duration (s)': DURATION_S,
      'requests': result.requests.total,
      'reservations created (201)': created,
      'refused, nothing left (409)': result.non2xx,
      'errors / timeouts': `${result.errors} / ${result.timeouts}`,
      'reservations per second': Math.round(created / DURATION_S),
      'requests per second (mean)': Math.round(result.requests.average),
      'latency p50 / p99 (ms)': `${result.latency.p50} / ${result.latency.p99}`,
      [`server CPU per request (ms)${IN_PROCESS ? ', with autocannon' : ''}`]: perRequest(serverMs),
      'PostgreSQL CPU per request (ms)': pgBefore === null || pgAfter === null ? 'n/a' : perRequest(pgAfter - pgBefore),
      'reservations in the database': stats.reservations,
      'units held / available': `${stats.reserved} / ${stats.quantity}`,
      'over-reserved lots': stats.over,
      'lots whose held total ≠ reservations': stats.mismatched,
      'load average before / after': `${loadBefore} / ${load()}`,
    });
    if (stats.over > 0 || stats.mismatched > 0) process.exitCode = 1;
  } finally {
    await bench.close();
  }
}
