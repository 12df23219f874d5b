import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, json, login, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('health and documentation', () => {
  it('reports the database and search engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ status: 'ok', db: process.env.DATABASE_URL ? 'postgres' : 'pglite', search: 'postgres' });
  });

  it('serves an OpenAPI document generated from the route schemas, and its UI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = json(res);
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
    expect(doc.paths['/api/me'].get.security).toEqual([{ bearerAuth: [] }]);
    const ui = await t.app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('error format', () => {
  const expectError = (res: { statusCode: number; body: string }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    const body = json(res);
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
  };

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": "a@b.dk", "password":' });
    expectError(res, 400, 'VALIDATION');
  });

  it('answers wrong types with 400 and names the fields', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { email: 42, password: ['x'], name: { a: 1 } } });
    expectError(res, 400, 'VALIDATION');
    expect([...new Set(json(res).error.fields.map((f: { path: string }) => f.path))].sort()).toEqual(['email', 'name', 'password']);
  });

  it('answers an empty body, a JSON array and a non-object with 400', async () => {
    for (const payload of ['', '[]', '"text"', 'null']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload });
      expect(res.statusCode, `payload ${JSON.stringify(payload)}`).toBe(400);
      expect(json(res).error).toBeDefined();
    }
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<login/>' });
    expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body over the size limit with 413', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.dk', password: 'x'.repeat(2 * 1024 * 1024) } });
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a malformed id with 400 and an unknown route with 404, both in the error format', async () => {
    const { token } = await login(t.app, 'admin@demo.byg360.dk');
    expectError(await t.app.inject({ method: 'POST', url: '/api/admin/organisations/not-a-uuid/verify', headers: bearer(token) }), 400, 'VALIDATION');
    expectError(await t.app.inject({ method: 'GET', url: '/api/no-such-thing' }), 404, 'NOT_FOUND');
  });

  it('answers a long, odd query string without a 500', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/organisations?kind=${encodeURIComponent("'; drop table users; --")}` });
    expectError(res, 400, 'VALIDATION');
  });
});

describe('public reference data', () => {
  it('lists the categories with units, factors and their sources', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/categories' });
    expect(res.statusCode).toBe(200);
    const { categories } = json(res);
    const bricks = categories.find((c: { ewcCode: string | null; parentId: string | null }) => c.ewcCode === '17 01 02' && c.parentId);
    expect(bricks).toBeDefined();
    expect(Number(bricks.co2eKgPerKg)).toBeGreaterThan(0);
    expect(bricks.factorSource).toBeTruthy();
    const parents = new Set(categories.filter((c: { parentId: string | null }) => !c.parentId).map((c: { id: string }) => c.id));
    expect(categories.every((c: { parentId: string | null }) => c.parentId === null || parents.has(c.parentId))).toBe(true);
  });

  it('lists the municipalities, Bornholm included', async () => {
    const { municipalities } = json(await t.app.inject({ method: 'GET', url: '/api/municipalities' }));
    expect(municipalities).toHaveLength(98);
    expect(municipalities).toContainEqual(expect.objectContaining({ code: '0400', name: 'Bornholm' }));
  });
});
