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

/**
 * Serialized search and map responses, kept for a moment. The map's first view and common words are
 * asked for by everyone at once; this answers them from memory for ttlMs, much as a search engine
 * refreshes its index about once a second. Whoever changes data through this instance clears it.
 */
export function createResponseCache({ ttlMs, maxEntries = 2000, maxBytes = 64 * 1024 * 1024 }: ResponseCacheOptions): ResponseCache {
  if (ttlMs <= 0) return { get: (_key, compute) => compute(), clear: () => undefined };
  const bodies = new LRUCache<string, string>({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (body) => Math.max(1, body.length), ttl: ttlMs });
  const running = new Map<string, Promise<string>>();
  // A body computed across a clear may hold the data from before it: it is answered, not stored.
  let generation = 0;
  return {
    get(key, compute) {
      const body = bodies.get(key);
      if (body !== undefined) return Promise.resolve(body);
      const pending = running.get(key);
      if (pending) return pending;
      const started = generation;
      const result = compute()
        .then((value) => {
          if (generation === started) bodies.set(key, value);
          return value;
        })
        .finally(() => {
          if (running.get(key) === result) running.delete(key);
        });
      running.set(key, result);
      return result;
    },
    clear() {
      generation++;
      bodies.clear();
      running.clear();
    },
  };
}
