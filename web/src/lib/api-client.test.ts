import type { SessionResponse } from '@byg360/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, hasAccessToken, refreshDelayMs, refreshSession, setSession } from './api-client';

const user: SessionResponse['user'] = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'signe@example.dk',
  name: 'Signe',
  phone: null,
  role: 'citizen',
  locale: 'da',
  organisation: null,
  membershipApproved: false,
  createdAt: '2025-01-01T00:00:00.000Z',
};
const session = (accessToken: string): SessionResponse => ({ accessToken, tokenType: 'Bearer', expiresIn: 900, user });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function mockFetch(handler: (path: string, init: RequestInit) => Response | Promise<Response>) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(handler(String(input), init ?? {})));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
const bearer = (init: RequestInit) => (init.headers as Record<string, string>).authorization;

afterEach(() => {
  setSession(null);
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('refreshes once for concurrent requests that get a 401 and retries each with the new token', async () => {
    setSession(session('old'));
    const fetchMock = mockFetch(async (path, init) => {
      if (path === '/api/auth/refresh') {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json(200, session('new'));
      }
      return bearer(init) === 'Bearer new' ? json(200, { user }) : json(401, { error: { code: 'UNAUTHORIZED', message: 'Expired' } });
    });

    const results = await Promise.all([api.get('/api/me'), api.get('/api/me'), api.get('/api/me')]);

    expect(results).toEqual([{ user }, { user }, { user }]);
    const refreshes = fetchMock.mock.calls.filter(([path]) => path === '/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
  });

  it('sends the refresh cookie but no token to the auth endpoints, and never retries them', async () => {
    setSession(session('current'));
    const fetchMock = mockFetch(() => json(401, { error: { code: 'UNAUTHORIZED', message: 'Wrong e-mail or password' } }));

    await expect(api.post('/api/auth/login', { email: 'a@b.dk', password: 'x' }, { authenticated: false })).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHORIZED',
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [, init] = fetchMock.mock.calls[0]!;
    expect(init?.credentials).toBe('same-origin');
    expect(bearer(init!)).toBeUndefined();
  });

  it('treats a refused refresh as "no session" rather than an error', async () => {
    mockFetch(() => json(401, { error: { code: 'UNAUTHORIZED', message: 'No session' } }));
    await expect(refreshSession()).resolves.toBeNull();
    expect(hasAccessToken()).toBe(false);
  });

  it('throws an ApiError with the code, fields and Retry-After of the reply', async () => {
    mockFetch(() =>
      json(429, { error: { code: 'RATE_LIMITED', message: 'Too many', fields: [{ path: 'email', message: 'Slow down' }] } }, { 'retry-after': '120' }),
    );
    const error = await api.post('/api/auth/login', {}, { authenticated: false }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: 120, fields: [{ path: 'email', message: 'Slow down' }] });
  });

  it('sends extra headers such as an Idempotency-Key, also on the retry after a refresh', async () => {
    setSession(session('old'));
    const fetchMock = mockFetch((path, init) => {
      if (path === '/api/auth/refresh') return json(200, session('new'));
      return bearer(init) === 'Bearer new' ? json(201, { id: 'r1' }) : json(401, { error: { code: 'UNAUTHORIZED', message: 'Expired' } });
    });
    await api.post('/api/lots/l1/reservations', { quantity: '1' }, { headers: { 'idempotency-key': 'k-1' } });
    const sent = fetchMock.mock.calls.filter(([path]) => path === '/api/lots/l1/reservations').map(([, init]) => (init?.headers as Record<string, string>)['idempotency-key']);
    expect(sent).toEqual(['k-1', 'k-1']);
  });

  it('reports an unreachable server as a NETWORK error', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api.get('/api/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('refreshes a minute before a normal token expires, earlier for short-lived ones', () => {
    expect(refreshDelayMs(900)).toBe(840_000);
    expect(refreshDelayMs(60)).toBe(45_000);
  });
});
