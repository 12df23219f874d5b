import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../../src/build.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { seedIfEmpty } from '../../src/db/seed/index.ts';
import { createTestDatabase } from './test-database.ts';

export const DEMO_PASSWORD = 'demo-password-for-tests';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/** The real app on a fresh, seeded database; the web client is not served. */
export async function buildTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', LOG_LEVEL: 'silent', DEMO_PASSWORD }),
    dataDir: undefined,
    // Every test logs in from the same address; the per-IP limit has its own test.
    loginLimits: { perAccount: 5, perIp: 100_000, windowSeconds: 900 },
    // Fixtures write straight to the database, which the cache cannot see; cache.test.ts turns it on.
    searchCacheMs: 0,
    ...overrides,
  };
  await seedIfEmpty(database.db, { demo: true, demoPassword: DEMO_PASSWORD });
  const app = await buildServer({ config, database, webRoot: '/nonexistent' });
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export const json = <T = any>(res: Pick<LightMyRequestResponse, 'body'>): T => JSON.parse(res.body) as T;

let counter = 0;
export const uniqueEmail = (prefix = 'user') => `${prefix}.${Date.now()}.${process.pid}.${++counter}@example.dk`;

/** Logs in and returns the access token and the refresh cookie value. */
export async function login(app: FastifyInstance, email: string, password = DEMO_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'byg360_refresh');
  return { token: json<{ accessToken: string }>(res).accessToken, refreshCookie: cookie?.value, body: json(res) };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
