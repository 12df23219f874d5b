import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, DEMO_PASSWORD, json, login, uniqueEmail, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const register = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/auth/register', payload: payload as object });
const refreshWith = (cookie: string | undefined) =>
  t.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: cookie ? { byg360_refresh: cookie } : {} });
const refreshCookieOf = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === 'byg360_refresh')?.value;

describe('registration', () => {
  it('registers a citizen, returns a session and an httpOnly refresh cookie', async () => {
    const email = uniqueEmail('Citizen');
    const res = await register({ email, password: 'a good long password', name: 'Karen Selvbygger' });
    expect(res.statusCode).toBe(201);
    const body = json(res);
    expect(body.user).toMatchObject({ email: email.toLowerCase(), role: 'citizen', organisation: null });
    expect(body.tokenType).toBe('Bearer');
    expect(body.expiresIn).toBe(15 * 60);
    const cookie = res.cookies.find((c) => c.name === 'byg360_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    expect(body).not.toHaveProperty('user.passwordHash');

    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(body.accessToken) });
    expect(me.statusCode).toBe(200);
    expect(json(me).user.id).toBe(body.user.id);
  });

  it('refuses a duplicate e-mail, whatever its case, with 409 on the email field', async () => {
    const email = uniqueEmail('dup');
    expect((await register({ email, password: 'a good long password', name: 'A' })).statusCode).toBe(201);
    const res = await register({ email: email.toUpperCase(), password: 'another long password', name: 'B' });
    expect(res.statusCode).toBe(409);
    expect(json(res).error).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'email' }] });
  });

  it.each([
    ['too short', 'short1'],
    ['too simple', 'aaaaaaaaaaaa'],
  ])('refuses a weak password (%s)', async (_, password) => {
    const res = await register({ email: uniqueEmail(), password, name: 'Weak' });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.code).toBe('VALIDATION');
    expect(json(res).error.fields.map((f: { path: string }) => f.path)).toContain('password');
  });

  it('refuses an invalid e-mail and names the field', async () => {
    const res = await register({ email: 'not-an-email', password: 'a good long password', name: 'X' });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'email' })]));
  });

  it('creates an unverified organisation for a contractor who cannot act for it until an admin verifies it', async () => {
    const res = await register({
      email: uniqueEmail('firm'),
      password: 'a good long password',
      name: 'Ole Entreprenør',
      role: 'contractor',
      organisation: { create: { name: 'Østlandets Nedbrydning', kind: 'contractor', municipalityCode: '0400' } },
    });
    expect(res.statusCode).toBe(201);
    const { user } = json(res);
    expect(user.role).toBe('contractor');
    expect(user.organisation).toMatchObject({ name: 'Østlandets Nedbrydning', kind: 'contractor', verified: false });
    expect(user.membershipApproved).toBe(true);

    const admin = await login(t.app, 'admin@demo.byg360.dk');
    const pending = await t.app.inject({ method: 'GET', url: '/api/admin/organisations?verified=false', headers: bearer(admin.token) });
    expect(json(pending).organisations.map((o: { id: string }) => o.id)).toContain(user.organisation.id);
    const verified = await t.app.inject({ method: 'POST', url: `/api/admin/organisations/${user.organisation.id}/verify`, headers: bearer(admin.token) });
    expect(verified.statusCode).toBe(200);
    expect(json(verified).verified).toBe(true);
  });

  it('refuses an organisation of the wrong kind for the role, a citizen with an organisation, and a contractor without one', async () => {
    const base = { password: 'a good long password', name: 'X' };
    const wrongKind = await register({ ...base, email: uniqueEmail(), role: 'maker', organisation: { create: { name: 'Kommunen', kind: 'municipality', municipalityCode: '0400' } } });
    expect(wrongKind.statusCode).toBe(400);
    expect(json(wrongKind).error.fields[0].path).toBe('organisation.create.kind');
    const citizen = await register({ ...base, email: uniqueEmail(), role: 'citizen', organisation: { create: { name: 'Mit firma', kind: 'maker', municipalityCode: '0400' } } });
    expect(citizen.statusCode).toBe(400);
    const orphan = await register({ ...base, email: uniqueEmail(), role: 'contractor' });
    expect(orphan.statusCode).toBe(400);
    const badMunicipality = await register({ ...base, email: uniqueEmail(), role: 'maker', organisation: { create: { name: 'Værksted', kind: 'maker', municipalityCode: '9999' } } });
    expect(badMunicipality.statusCode).toBe(400);
    expect(json(badMunicipality).error.fields[0].path).toBe('organisation.create.municipalityCode');
  });

  it('lets a maker join a verified organisation, pending approval by an admin', async () => {
    const orgs = json((await t.app.inject({ method: 'GET', url: '/api/organisations?kind=maker' })));
    const materialevaerket = orgs.organisations.find((o: { name: string }) => o.name === 'MaterialeVærket');
    const res = await register({ email: uniqueEmail('maker'), password: 'a good long password', name: 'Ny Maker', role: 'maker', organisation: { joinId: materialevaerket.id } });
    expect(res.statusCode).toBe(201);
    expect(json(res).user).toMatchObject({ membershipApproved: false, organisation: { id: materialevaerket.id } });

    const admin = await login(t.app, 'admin@demo.byg360.dk');
    const approved = await t.app.inject({ method: 'POST', url: `/api/admin/users/${json(res).user.id}/approve-membership`, headers: bearer(admin.token) });
    expect(json(approved).user.membershipApproved).toBe(true);
  });

  it('cannot register as admin', async () => {
    const res = await register({ email: uniqueEmail(), password: 'a good long password', name: 'Mallory', role: 'admin' });
    expect(res.statusCode).toBe(400);
  });
});

describe('login', () => {
  it('logs in a demo user', async () => {
    const { body } = await login(t.app, 'citizen@demo.byg360.dk');
    expect(body.user.role).toBe('citizen');
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'planner@demo.byg360.dk', password: 'wrong password' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.dk', password: 'wrong password' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(json(wrong).error).toEqual(json(unknown).error);
  });

  it('is rate limited per account: after too many failures even the right password gets 429', async () => {
    const email = uniqueEmail('locked');
    await register({ email, password: 'the right password', name: 'Locked' });
    const attempts = [];
    for (let i = 0; i < t.config.loginLimits.perAccount; i++) {
      attempts.push((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'wrong password' } })).statusCode);
    }
    expect(attempts.every((s) => s === 401)).toBe(true);
    const blocked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'the right password' } });
    expect(blocked.statusCode).toBe(429);
    expect(json(blocked).error.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('is rate limited per IP across accounts', async () => {
    // A separate app with a small limit, so that the other tests' logins from the same address do not count.
    const strict = await buildTestApp({ loginLimits: { perAccount: 5, perIp: 4, windowSeconds: 900 } });
    try {
      const ip = '203.0.113.7';
      const statuses: number[] = [];
      for (let i = 0; i <= 4; i++) {
        const res = await strict.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email: uniqueEmail('spray'), password: 'whatever pw' } });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
      // Another address is not affected.
      const other = await strict.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '203.0.113.8', payload: { email: 'citizen@demo.byg360.dk', password: DEMO_PASSWORD } });
      expect(other.statusCode).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('refresh tokens', () => {
  it('rotates the refresh token on every use', async () => {
    const { refreshCookie } = await login(t.app, 'maker@demo.byg360.dk');
    const first = await refreshWith(refreshCookie);
    expect(first.statusCode).toBe(200);
    const next = refreshCookieOf(first);
    expect(next).toBeDefined();
    expect(next).not.toBe(refreshCookie);
    const second = await refreshWith(next);
    expect(second.statusCode).toBe(200);
    expect(json(second).user.email).toBe('maker@demo.byg360.dk');
  });

  it('revokes the whole family when a used token is presented again', async () => {
    const { refreshCookie } = await login(t.app, 'maker@demo.byg360.dk');
    const rotated = refreshCookieOf(await refreshWith(refreshCookie));
    const replay = await refreshWith(refreshCookie);
    expect(replay.statusCode).toBe(401);
    // The legitimate holder's newer token is dead too.
    expect((await refreshWith(rotated)).statusCode).toBe(401);
  });

  it('lets only one of two concurrent refreshes with the same token succeed', async () => {
    const { refreshCookie } = await login(t.app, 'maker@demo.byg360.dk');
    const results = await Promise.all([refreshWith(refreshCookie), refreshWith(refreshCookie)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('answers 204 without a cookie, and refuses an unknown refresh token', async () => {
    expect((await refreshWith(undefined)).statusCode).toBe(204);
    expect((await refreshWith('made-up-token')).statusCode).toBe(401);
  });

  it('ends the session on logout', async () => {
    const { refreshCookie } = await login(t.app, 'citizen@demo.byg360.dk');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { byg360_refresh: refreshCookie! } });
    expect(out.statusCode).toBe(200);
    expect((await refreshWith(refreshCookie)).statusCode).toBe(401);
  });
});

describe('access tokens', () => {
  const secret = () => t.config.jwtSecret;
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const sign = (header: object, payload: object, key = secret()) => {
    const unsigned = `${b64(header)}.${b64(payload)}`;
    return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
  };
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });

  it('refuses a request without a token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(json(res).error.code).toBe('UNAUTHORIZED');
  });

  it('refuses an expired token', async () => {
    const { body } = await login(t.app, 'citizen@demo.byg360.dk');
    const now = Math.floor(Date.now() / 1000);
    const valid = sign({ alg: 'HS256', typ: 'JWT' }, { sub: body.user.id, role: 'citizen', iat: now - 60, exp: now + 60 });
    expect((await me(valid)).statusCode).toBe(200);
    const expired = sign({ alg: 'HS256', typ: 'JWT' }, { sub: body.user.id, role: 'citizen', iat: now - 3600, exp: now - 1800 });
    expect((await me(expired)).statusCode).toBe(401);
  });

  it('refuses a tampered token, one signed with another key, and alg none', async () => {
    const { token, body } = await login(t.app, 'citizen@demo.byg360.dk');
    const [header, , signature] = token.split('.');
    const forgedPayload = b64({ sub: body.user.id, role: 'admin', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 });
    expect((await me(`${header}.${forgedPayload}.${signature}`)).statusCode).toBe(401);
    expect((await me(sign({ alg: 'HS256', typ: 'JWT' }, { sub: body.user.id, role: 'admin' }, 'another-secret-another-secret-another'))).statusCode).toBe(401);
    expect((await me(`${b64({ alg: 'none', typ: 'JWT' })}.${forgedPayload}.`)).statusCode).toBe(401);
    expect((await me('garbage')).statusCode).toBe(401);
  });

  it('takes the role from the database, not from the token', async () => {
    const { body } = await login(t.app, 'citizen@demo.byg360.dk');
    const now = Math.floor(Date.now() / 1000);
    // Even a correctly signed token claiming admin gets no admin powers for a citizen.
    const claimsAdmin = sign({ alg: 'HS256', typ: 'JWT' }, { sub: body.user.id, role: 'admin', iat: now, exp: now + 600 });
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/organisations', headers: bearer(claimsAdmin) });
    expect(res.statusCode).toBe(403);
  });
});

describe('roles', () => {
  it.each(['citizen', 'contractor', 'maker', 'planner'])('refuses the admin route to a %s', async (role) => {
    const { token } = await login(t.app, `${role}@demo.byg360.dk`);
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/organisations', headers: bearer(token) });
    expect(res.statusCode).toBe(403);
    expect(json(res).error.code).toBe('FORBIDDEN');
  });

  it('lets an admin use the admin route, and refuses anonymous callers', async () => {
    const { token } = await login(t.app, 'admin@demo.byg360.dk');
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/organisations', headers: bearer(token) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/organisations' })).statusCode).toBe(401);
  });

  it('answers 404 when verifying an organisation that does not exist', async () => {
    const { token } = await login(t.app, 'admin@demo.byg360.dk');
    const res = await t.app.inject({ method: 'POST', url: '/api/admin/organisations/00000000-0000-4000-8000-000000000000/verify', headers: bearer(token) });
    expect(res.statusCode).toBe(404);
  });
});

describe('profile', () => {
  it('changes the language of the logged-in user', async () => {
    const { token } = await login(t.app, 'planner@demo.byg360.dk');
    const res = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: bearer(token), payload: { locale: 'en' } });
    expect(res.statusCode).toBe(200);
    expect(json(res).user.locale).toBe('en');
    const bad = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: bearer(token), payload: { locale: 'fr' } });
    expect(bad.statusCode).toBe(400);
  });

  it('answers a PATCH that changes nothing with the profile as it is', async () => {
    const { token } = await login(t.app, 'maker@demo.byg360.dk');
    const before = json(await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).user;
    for (const payload of [{}, { unknown: 'x' }]) {
      const res = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: bearer(token), payload });
      expect(res.statusCode).toBe(200);
      expect(json(res).user).toEqual(before);
    }
  });
});
