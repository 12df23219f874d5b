import { Meilisearch } from 'meilisearch';
import type { Config } from '../config.ts';

/** Searches give up quickly and fall back to PostgreSQL; indexing may take its time. */
export const SEARCH_TIMEOUT_MS = 800;
export const INDEXING_TIMEOUT_MS = 30_000;

export function createMeiliClient(meili: NonNullable<Config['meili']>, timeoutMs: number): Meilisearch {
  return new Meilisearch({ host: meili.url, apiKey: meili.masterKey, timeout: timeoutMs, defaultWaitOptions: { timeout: INDEXING_TIMEOUT_MS, interval: 100 } });
}
