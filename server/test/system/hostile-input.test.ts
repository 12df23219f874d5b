import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSession, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';

/**
 * Every route of the OpenAPI document, called anonymously and as each demo role with hostile path
 * parameters, query values and bodies: none may answer 500. The answers are otherwise not checked
 * here; each feature's tests check its own.
 */

let t: TestApp;
let sessions: (Session | null)[];
let realIds: string[];

const HOSTILE_IDS = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', "'; DROP TABLE lots; --", '\u0000', '../../etc/passwd', '%', '9'.repeat(30), 'ø'.repeat(3000)];
const HOSTILE_QUERY = ['', 'not-a-uuid', '\u0000', '1e400', '-1', "'; DROP TABLE lots; --", 'ø'.repeat(3000)];
/** Set as the value of every property of a body. */
const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  -1,
  1e308,
  0.1 + 0.2,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  { nested: { deeper: 'x'.repeat(10_000) } },
  ...HOSTILE_QUERY,
  '=HYPERLINK("http://x")',
];
/** Sent as the whole body. */
const HOSTILE_BODIES: unknown[] = [null, [], 'text', 42, [[[[[]]]]]];

interface Operation {
  method: string;
  path: string;
  query: string[];
  bodyProperties: string[];
}

/** Skipped: they end the session or would make every later call fail on purpose. */
const SKIPPED = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-all']);

function operations(doc: any): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      if (SKIPPED.has(`${method.toUpperCase()} ${path}`)) continue;
      const query = (op.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name as string);
      const schema = op.requestBody?.content?.['application/json']?.schema;
      ops.push({ method: method.toUpperCase(), path, query, bodyProperties: Object.keys(schema?.properties ?? {}) });
    }
  }
  return ops;
}

const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(value));

beforeAll(async () => {
  t = await buildTestApp();
  sessions = [null, await demoSession(t.app, 'contractor'), await demoSession(t.app, 'planner'), await demoSession(t.app, 'admin')];
  const found = json(await t.app.inject({ method: 'GET', url: '/api/search?pageSize=3' }));
  realIds = found.hits.map((h: { id: string }) => h.id);
}, 60_000);
afterAll(() => t.close());

describe('hostile input', () => {
  it('never gets a 500 from any route', async () => {
    const doc = json(await t.app.inject({ method: 'GET', url: '/docs/json' }));
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(40);
    const failures: string[] = [];
    let calls = 0;
    const call = async (session: Session | null, method: string, url: string, payload?: unknown) => {
      calls++;
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        headers: { ...(session?.headers ?? {}), ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      });
      if (res.statusCode >= 500) failures.push(`${session ? 'signed in' : 'anonymous'} ${method} ${url.slice(0, 200)} ${JSON.stringify(payload)?.slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
    };
    for (const op of ops) {
      const ids = op.path.includes('{') ? [...HOSTILE_IDS, ...realIds] : [''];
      for (const session of sessions) {
        for (const id of ids) {
          const url = fill(op.path, id);
          const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
          await call(session, op.method, url, hasBody ? {} : undefined);
        }
        const url = fill(op.path, realIds[0] ?? 'x');
        for (const name of op.query) {
          for (const value of HOSTILE_QUERY) await call(session, op.method, `${url}?${name}=${encodeURIComponent(value)}&${name}=${encodeURIComponent(value)}`);
        }
        if (op.method !== 'GET' && op.method !== 'DELETE') {
          for (const body of HOSTILE_BODIES) await call(session, op.method, url, body);
          if (op.bodyProperties.length) {
            for (const value of HOSTILE_VALUES) await call(session, op.method, url, Object.fromEntries(op.bodyProperties.map((p) => [p, value])));
          }
        }
      }
    }
    console.log(`${calls} calls`);
    expect(calls).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 600_000);
});
