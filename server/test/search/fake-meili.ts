import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Meilisearch at the HTTP boundary: a local server that speaks enough of its API
 * (indexes, settings, documents, tasks, swaps, multi-search) for our real client code to run
 * against, and records every request. Tasks succeed at once unless a test says otherwise.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
}

interface Index {
  primaryKey: string | null;
  settings: Record<string, unknown>;
  documents: Map<string, Record<string, unknown>>;
}

export interface FakeMeili {
  url: string;
  requests: RecordedRequest[];
  indexes: Map<string, Index>;
  /** Answers requests whose "METHOD /path" matches with this status and a Meilisearch error, while set. */
  failWhen: ((request: RecordedRequest) => number | null) | null;
  /** Delays every answer (timeouts). */
  delayMs: number;
  /** The answer to POST /multi-search; by default every query finds nothing. */
  multiSearch: ((body: { queries: Record<string, unknown>[] }) => unknown) | null;
  clear(): void;
  close(): Promise<void>;
}

export async function startFakeMeili(): Promise<FakeMeili> {
  const tasks = new Map<number, Record<string, unknown>>();
  let nextTask = 1;
  const fake: FakeMeili = {
    url: '',
    requests: [],
    indexes: new Map(),
    failWhen: null,
    delayMs: 0,
    multiSearch: null,
    clear() {
      this.requests.length = 0;
    },
    close: async () => undefined,
  };

  const enqueue = (type: string, indexUid: string | null, apply: () => string | null) => {
    const error = apply();
    const uid = nextTask++;
    const now = new Date().toISOString();
    tasks.set(uid, {
      uid,
      indexUid,
      type,
      status: error ? 'failed' : 'succeeded',
      error: error ? { message: error, code: error, type: 'invalid_request', link: '' } : null,
      enqueuedAt: now,
      startedAt: now,
      finishedAt: now,
      duration: 'PT0S',
      details: {},
      canceledBy: null,
      batchUid: uid,
    });
    return { status: 202, body: { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: now } };
  };

  const route = (req: RecordedRequest): { status: number; body: unknown } => {
    const parts = req.path.split('?')[0]!.split('/').filter(Boolean);
    const index = parts[0] === 'indexes' && parts[1] ? fake.indexes.get(parts[1]) : undefined;
    const notFound = { status: 404, body: { message: `Index \`${parts[1]}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: '' } };
    if (req.method === 'GET' && parts[0] === 'tasks' && parts[1]) return { status: 200, body: tasks.get(Number(parts[1])) };
    if (req.method === 'POST' && parts[0] === 'multi-search') {
      const body = req.body as { queries: Record<string, unknown>[] };
      return { status: 200, body: fake.multiSearch?.(body) ?? { results: body.queries.map((q) => ({ indexUid: q.indexUid, hits: [], query: q.q ?? '', processingTimeMs: 0, hitsPerPage: q.hitsPerPage, page: q.page, totalHits: 0, totalPages: 0, facetDistribution: {} })) } };
    }
    if (req.method === 'POST' && req.path === '/indexes') {
      const { uid, primaryKey } = req.body as { uid: string; primaryKey?: string };
      return enqueue('indexCreation', uid, () => {
        if (fake.indexes.has(uid)) return 'index_already_exists';
        fake.indexes.set(uid, { primaryKey: primaryKey ?? null, settings: {}, documents: new Map() });
        return null;
      });
    }
    if (req.method === 'POST' && req.path === '/swap-indexes') {
      const swaps = req.body as { indexes: [string, string]; rename?: boolean }[];
      return enqueue('indexSwap', null, () => {
        for (const { indexes: [a, b], rename } of swaps) {
          const ia = fake.indexes.get(a);
          const ib = fake.indexes.get(b);
          if (rename) {
            if (!ia || ib) return 'invalid_swap_indexes';
            fake.indexes.delete(a);
            fake.indexes.set(b, ia);
          } else {
            if (!ia || !ib) return 'index_not_found';
            fake.indexes.set(a, ib);
            fake.indexes.set(b, ia);
          }
        }
        return null;
      });
    }
    if (parts[0] !== 'indexes' || !parts[1]) return { status: 404, body: { message: 'not found', code: 'not_found', type: 'invalid_request', link: '' } };
    const uid = parts[1];
    if (req.method === 'GET' && parts.length === 2) return index ? { status: 200, body: { uid, primaryKey: index.primaryKey, createdAt: '', updatedAt: '' } } : notFound;
    if (req.method === 'DELETE' && parts.length === 2) return enqueue('indexDeletion', uid, () => (fake.indexes.delete(uid) ? null : 'index_not_found'));
    if (req.method === 'PATCH' && parts[2] === 'settings') {
      return enqueue('settingsUpdate', uid, () => {
        const target = fake.indexes.get(uid) ?? { primaryKey: null, settings: {}, documents: new Map() };
        Object.assign(target.settings, req.body);
        fake.indexes.set(uid, target);
        return null;
      });
    }
    if (req.method === 'POST' && parts[2] === 'documents' && parts.length === 3) {
      return enqueue('documentAdditionOrUpdate', uid, () => {
        const target = fake.indexes.get(uid) ?? { primaryKey: 'id', settings: {}, documents: new Map() };
        for (const doc of req.body as Record<string, unknown>[]) target.documents.set(String(doc.id), doc);
        fake.indexes.set(uid, target);
        return null;
      });
    }
    if (req.method === 'POST' && parts[2] === 'documents' && parts[3] === 'delete-batch') {
      return enqueue('documentDeletion', uid, () => {
        if (!index) return 'index_not_found';
        for (const id of req.body as string[]) index.documents.delete(String(id));
        return null;
      });
    }
    return { status: 404, body: { message: `no route ${req.method} ${req.path}`, code: 'not_found', type: 'invalid_request', link: '' } };
  };

  const server = createServer((incoming: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const req: RecordedRequest = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', body: text ? JSON.parse(text) : undefined };
      fake.requests.push(req);
      const failure = fake.failWhen?.(req);
      const answer = failure ? { status: failure, body: { message: 'Simulated failure', code: 'internal', type: 'internal', link: '' } } : route(req);
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      }, fake.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
