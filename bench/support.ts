import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../server/src/build.ts';
import { loadConfig, type Config } from '../server/src/config.ts';
import { openDatabase, type Database } from '../server/src/db/client.ts';
import { seedIfEmpty } from '../server/src/db/seed/index.ts';

export const BENCH_PASSWORD = 'bench-password-123';

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface BenchApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  url: string;
  databaseUrl: string;
  close(): Promise<void>;
}

export interface BenchAppOptions {
  /** A bench database made by an earlier startBenchApp, to serve as it is (and not drop); a fresh one otherwise. */
  databaseUrl?: string | undefined;
}

/** The real server, listening on a random port, on a fresh seeded PostgreSQL database. */
export async function startBenchApp(overrides: Partial<Config> = {}, poolSize = 60, options: BenchAppOptions = {}): Promise<BenchApp> {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `byg360_bench_${randomBytes(4).toString('hex')}`;
  const dbUrl = new URL(base);
  dbUrl.pathname = `/${name}`;
  const owned = options.databaseUrl === undefined;
  if (owned) await admin(base, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ databaseUrl: options.databaseUrl ?? dbUrl.toString(), poolSize });
  if (owned) {
    await database.migrate();
    await seedIfEmpty(database.db, { demo: true, demoPassword: BENCH_PASSWORD });
  }
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn' }),
    dataDir: undefined,
    loginLimits: { perAccount: 1000, perIp: 1_000_000, windowSeconds: 60 },
    ...overrides,
  };
  const app = await buildServer({ config, database, webRoot: '/nonexistent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    database,
    config,
    url: `http://127.0.0.1:${port}`,
    databaseUrl: options.databaseUrl ?? dbUrl.toString(),
    async close() {
      await app.close();
      await database.close();
      if (owned) await admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export interface BenchServer {
  url: string;
  databaseUrl: string;
  /** A small pool of this process's own, for setting up and checking results. */
  database: Database;
  /** The server process's CPU time so far (process.cpuUsage() of the child). */
  cpuUsage(): Promise<NodeJS.CpuUsage>;
  /** A full garbage collection in the server process. */
  collectGarbage(): Promise<void>;
  /** Starts sampling the server process's RSS (every 20 ms); `stop` answers with its baseline and peak, in bytes. */
  sampleRss(): Promise<{ stop(): Promise<{ baseline: number; peak: number }> }>;
  close(): Promise<void>;
}

/**
 * Like startBenchApp, but the server runs in a child process, so that the load generator in this
 * process does not take turns with it on one event loop and the figures describe the server.
 * BENCH_SERVER_NODE_OPTIONS adds node flags to the child, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 */
export async function startBenchServerProcess(overrides: Partial<Config> = {}, poolSize = 60, options: BenchAppOptions = {}): Promise<BenchServer> {
  const extra = process.env.BENCH_SERVER_NODE_OPTIONS?.split(/\s+/).filter(Boolean) ?? [];
  const child = fork(fileURLToPath(new URL('./bench-server.ts', import.meta.url)), [JSON.stringify({ overrides, poolSize, options })], {
    // The parent's execArgv carries tsx's loader, which the child needs to run TypeScript.
    execArgv: [...process.execArgv, ...extra],
    stdio: 'inherit',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<{ url: string; databaseUrl: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { url: string; databaseUrl: string }));
    child.once('error', reject);
    void exited.then(() => reject(new Error(`The bench server exited with ${child.exitCode} before it was ready`)));
  });
  const database = await openDatabase({ databaseUrl: ready.databaseUrl, poolSize: 2 });
  // One request at a time per kind of answer: the child answers each message with an object keyed by its kind.
  const ask = <T>(message: string, key: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (answer: unknown) => {
        if (typeof answer !== 'object' || answer === null || !(key in answer)) return;
        child.off('message', onMessage);
        resolve((answer as Record<string, T>)[key]!);
      };
      child.on('message', onMessage);
      child.send(message);
    });
  return {
    ...ready,
    database,
    cpuUsage: () => ask<NodeJS.CpuUsage>('cpu-usage', 'cpuUsage'),
    collectGarbage: () => ask<boolean>('gc', 'gcDone').then(() => undefined),
    async sampleRss() {
      await ask<boolean>('rss-start', 'rssStarted');
      return { stop: () => ask<{ baseline: number; peak: number }>('rss-stop', 'rss') };
    },
    async close() {
      await database.close();
      child.send('close');
      await exited;
    },
  };
}

export async function api<T = any>(url: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(url + path, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function report(title: string, rows: Record<string, string | number>) {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(rows)) console.log(`  ${k.padEnd(34)} ${v}`);
  console.log(JSON.stringify({ bench: title, ...rows }));
}
