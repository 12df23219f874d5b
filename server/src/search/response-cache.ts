import { LRUCache } from 'lru-cache';

export interface ResponseCache {
  /** The cached body for key, or compute's; identical requests that arrive while it runs share it. */
  get(key: string, compute: () => Promise<string>): Promise<string>;
  /** Forgets every body, and keeps what is being computed now from being stored. */
  clear(): void;
}

export interface ResponseCacheOptions {
  /** How long a body is served; 0 turns the cache off. */
  ttlMs: number;
  maxEntries?: number;
  maxBytes?: number;
}

/** Past this part of its time an entry that is asked for is computed anew in the background. */
const REFRESH_AFTER = 0.5;

interface Entry {
  body: string;
  storedAt: number;
}

/**
 * Serialized search and map responses, kept for a moment. The map's first view and common words are
 * asked for by everyone at once; this answers them from memory for ttlMs, much as a search engine
 * refreshes its index about once a second. Whoever changes data through this instance clears it.
 * An entry still in use is refreshed before it expires, so that busy queries never wait for the database.
 */
export function createResponseCache({ ttlMs, maxEntries = 2000, maxBytes = 64 * 1024 * 1024 }: ResponseCacheOptions): ResponseCache {
  if (ttlMs <= 0) return { get: (_key, compute) => compute(), clear: () => undefined };
  const entries = new LRUCache<string, Entry>({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (e) => Math.max(1, e.body.length), ttl: ttlMs });
  const running = new Map<string, Promise<string>>();
  // A body computed across a clear may hold the data from before it: it is answered, not stored.
  let generation = 0;

  const start = (key: string, compute: () => Promise<string>) => {
    const started = generation;
    const storedAt = Date.now();
    const result = compute()
      .then((body) => {
        if (generation === started) entries.set(key, { body, storedAt });
        return body;
      })
      .finally(() => {
        if (running.get(key) === result) running.delete(key);
      });
    running.set(key, result);
    return result;
  };

  return {
    get(key, compute) {
      const entry = entries.get(key);
      if (entry) {
        if (Date.now() - entry.storedAt > ttlMs * REFRESH_AFTER && !running.has(key)) {
          // Whoever asked gets the body in hand; a failed refresh leaves the entry to expire.
          start(key, compute).catch(() => undefined);
        }
        return Promise.resolve(entry.body);
      }
      return running.get(key) ?? start(key, compute);
    },
    clear() {
      generation++;
      entries.clear();
      running.clear();
    },
  };
}
