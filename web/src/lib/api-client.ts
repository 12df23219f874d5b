import { errorResponseSchema } from '@byg360/shared';
import type { ErrorCode, FieldError, SessionResponse } from '@byg360/shared';

/** `NETWORK` when the server could not be reached at all. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fields: FieldError[];
  /** From the `Retry-After` header of a 429, in seconds. */
  readonly retryAfterSeconds: number | null;
  /** The whole parsed reply: some refusals carry more than the error (an import's row results). */
  readonly body: unknown;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    message: string;
    fields?: FieldError[];
    retryAfterSeconds?: number | null;
    body?: unknown;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.body = init.body;
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  signal?: AbortSignal;
  /** `false` for the auth endpoints themselves: no Bearer token and no refresh-and-retry on a 401. */
  authenticated?: boolean;
  /** Extra request headers, such as an `Idempotency-Key`. */
  headers?: Record<string, string>;
}

export interface UploadOptions extends RequestOptions {
  /** Share of the request body sent so far, 0–1. */
  onProgress?: (fraction: number) => void;
}

interface SendOptions extends RequestOptions {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
}

// The access token lives in memory only, so a script injected into the page cannot read it from
// storage later; the httpOnly refresh cookie restores it after a reload.
let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<SessionResponse | null> | null = null;
const sessionListeners = new Set<(session: SessionResponse | null) => void>();

export function setSession(session: SessionResponse | null): void {
  accessToken = session?.accessToken ?? null;
  clearTimeout(refreshTimer);
  if (session) {
    refreshTimer = setTimeout(() => {
      // A failed background refresh is not fatal: the next request's 401 tries again.
      refreshSession().catch(() => undefined);
    }, refreshDelayMs(session.expiresIn));
  }
  for (const listener of sessionListeners) listener(session);
}

export function hasAccessToken(): boolean {
  return accessToken !== null;
}

/** Called with every new session (login, register, refresh) and with `null` when it ends. */
export function onSessionChange(listener: (session: SessionResponse | null) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** When to refresh: a minute before the token runs out, or a quarter of its lifetime if that is short. */
export function refreshDelayMs(expiresInSeconds: number): number {
  const margin = Math.min(60, expiresInSeconds / 4);
  return Math.max(1, expiresInSeconds - margin) * 1000;
}

/**
 * Gets a new access token from the refresh cookie; resolves to `null` when there is no session.
 * Concurrent callers share one request: refresh tokens rotate, and presenting a used one ends the session.
 */
export function refreshSession(): Promise<SessionResponse | null> {
  refreshInFlight ??= withRefreshLock(requestRefresh).finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

async function requestRefresh(): Promise<SessionResponse | null> {
  try {
    // 204 (no body) means there is no session cookie: a logged-out visitor, not an error.
    const session = (await api.post<SessionResponse | undefined>('/api/auth/refresh', undefined, { authenticated: false })) ?? null;
    setSession(session);
    return session;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setSession(null);
      return null;
    }
    throw err;
  }
}

/** Other tabs share the cookie, so they must not refresh at the same moment either. */
function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request('byg360.refresh', fn) : fn();
}

async function request<T>(path: string, options: SendOptions): Promise<T> {
  const authenticated = options.authenticated ?? true;
  const token = authenticated ? accessToken : null;
  let response = await send(path, options, token);
  if (response.status === 401 && authenticated) {
    // A concurrent request may already have refreshed; then the new token is enough.
    const fresh = accessToken && accessToken !== token ? accessToken : (await refreshSession())?.accessToken;
    if (fresh) response = await send(path, options, fresh);
  }
  return parse<T>(response);
}

async function send(path: string, options: SendOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(withQuery(path, options.query), {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new ApiError({ status: 0, code: 'NETWORK', message: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * A file the server streams (a report export): the response itself, so that the caller can read the
 * body as it arrives. Same token handling as `request`; a refusal is thrown as an ApiError.
 */
async function fetchFile(path: string, options: RequestOptions = {}): Promise<Response> {
  const sendOptions: SendOptions = { ...options, method: 'GET', headers: { accept: '*/*', ...options.headers } };
  const token = accessToken;
  let response = await send(path, sendOptions, token);
  if (response.status === 401) {
    const fresh = accessToken && accessToken !== token ? accessToken : (await refreshSession())?.accessToken;
    if (fresh) response = await send(path, sendOptions, fresh);
  }
  if (!response.ok) await parse<never>(response);
  return response;
}

/**
 * Sends multipart form data with XMLHttpRequest, because fetch cannot report upload progress.
 * Same token handling as `request`: one refresh and retry after a 401.
 */
async function upload<T>(path: string, body: FormData, options: UploadOptions = {}): Promise<T> {
  const token = accessToken;
  let response = await sendForm(path, body, options, token);
  if (response.status === 401) {
    const fresh = accessToken && accessToken !== token ? accessToken : (await refreshSession())?.accessToken;
    if (fresh) {
      options.onProgress?.(0);
      response = await sendForm(path, body, options, fresh);
    }
  }
  return parse<T>(response);
}

function sendForm(path: string, body: FormData, options: UploadOptions, token: string | null): Promise<Response> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new DOMException('The upload was cancelled', 'AbortError'));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(path, options.query));
    for (const [name, value] of Object.entries({ accept: 'application/json', ...options.headers })) xhr.setRequestHeader(name, value);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const headers = new Headers();
      const retryAfter = xhr.getResponseHeader('retry-after');
      if (retryAfter) headers.set('retry-after', retryAfter);
      const noBody = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(new Response(noBody ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers }));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK', message: 'The upload could not reach the server' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function parse<T>(response: Response): Promise<T> {
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (response.ok) return data as T;
  const parsed = errorResponseSchema.safeParse(data);
  const error = parsed.success ? parsed.data.error : undefined;
  throw new ApiError({
    status: response.status,
    code: error?.code ?? codeForStatus(response.status),
    message: error?.message ?? (response.statusText || `HTTP ${response.status}`),
    fields: error?.fields,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    body: data,
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** For replies that are not our JSON errors, such as a proxy's 502 page. */
function codeForStatus(status: number): ErrorCode {
  const known: Partial<Record<number, ErrorCode>> = {
    400: 'VALIDATION',
    401: 'UNAUTHORIZED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    409: 'CONFLICT',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    429: 'RATE_LIMITED',
  };
  return known[status] ?? 'INTERNAL';
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export const api = {
  get: <T>(path: string, options: RequestOptions = {}) => request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options: RequestOptions = {}) => request<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body?: unknown, options: RequestOptions = {}) => request<T>(path, { ...options, method: 'PATCH', body }),
  put: <T>(path: string, body?: unknown, options: RequestOptions = {}) => request<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options: RequestOptions = {}) => request<T>(path, { ...options, method: 'DELETE' }),
  /** multipart/form-data with upload progress (photos, spreadsheets). */
  upload: <T>(path: string, body: FormData, options: UploadOptions = {}) => upload<T>(path, body, options),
  /** A streamed download (CSV, XLSX, GeoJSON): resolves with the response once its headers arrive. */
  file: (path: string, options: RequestOptions = {}) => fetchFile(path, options),
};
