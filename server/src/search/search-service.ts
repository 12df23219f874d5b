import type { FastifyBaseLogger } from 'fastify';
import type { Meilisearch } from 'meilisearch';
import type { SearchQuery, SearchResponse } from '@byg360/shared';
import type { Db } from '../db/client.ts';
import { loadDirectory, type Directory } from './directory-repository.ts';
import { searchWithMeili } from './meili-engine.ts';
import { MEILI_INDEX } from './meili-query.ts';
import { searchWithPostgres } from './pg-engine.ts';

export interface SearchService {
  search(query: SearchQuery): Promise<SearchResponse>;
}

export interface SearchServiceOptions {
  /** Meilisearch, when configured; otherwise every search goes to PostgreSQL. */
  meili?: Meilisearch | undefined;
  indexUid?: string;
  log: Pick<FastifyBaseLogger, 'warn'>;
  /** After a Meilisearch failure, PostgreSQL answers alone for this long instead of waiting for a timeout each time. */
  cooldownMs?: number;
  /** How long the category and municipality names used for Meilisearch's facets are kept. */
  directoryTtlMs?: number;
}

/**
 * Meilisearch when it is configured and answers in time; PostgreSQL otherwise. The response's
 * `engine` says which one answered.
 */
export function createSearchService(db: Db, options: SearchServiceOptions): SearchService {
  const { meili, log } = options;
  const cooldownMs = options.cooldownMs ?? 10_000;
  const directoryTtlMs = options.directoryTtlMs ?? 60_000;
  let meiliDownUntil = 0;
  let directory: { value: Promise<Directory>; until: number } | null = null;

  const currentDirectory = () => {
    if (!directory || directory.until < Date.now()) {
      const value = loadDirectory(db);
      directory = { value, until: Date.now() + directoryTtlMs };
      value.catch(() => (directory = null));
    }
    return directory.value;
  };

  return {
    async search(query) {
      if (meili && Date.now() >= meiliDownUntil) {
        try {
          return await searchWithMeili(meili, await currentDirectory(), query, options.indexUid ?? MEILI_INDEX);
        } catch (err) {
          meiliDownUntil = Date.now() + cooldownMs;
          log.warn({ err }, 'Meilisearch failed; searching PostgreSQL instead');
        }
      }
      return searchWithPostgres(db, query);
    },
  };
}
