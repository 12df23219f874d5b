import type { FastifyBaseLogger } from 'fastify';
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../db/client.ts';
import { ensureIndex, settle } from './meili-index.ts';
import { MEILI_INDEX } from './meili-query.ts';
import { loadDocuments } from './search-documents.ts';
import { claimOutbox, completeOutbox, failOutbox } from './search-outbox-repository.ts';

export interface PushResult {
  upserted: number;
  deleted: number;
  failed: number;
}

/** Indexes this process has already created or configured, per client. */
const ready = new WeakMap<Meilisearch, Set<string>>();

/**
 * Pushes the search outbox to Meilisearch in batches, oldest change first: the current document
 * of every claimed lot that is searchable, a deletion for every other. A batch that fails goes back
 * with a growing delay; the rest waits for the next run.
 */
export async function pushSearchOutbox(
  db: Db,
  client: Meilisearch,
  options: { uid?: string; batchSize?: number; maxBatches?: number; log?: Pick<FastifyBaseLogger, 'warn'> } = {},
): Promise<PushResult> {
  const uid = options.uid ?? MEILI_INDEX;
  const result: PushResult = { upserted: 0, deleted: 0, failed: 0 };
  if (!ready.get(client)?.has(uid)) {
    await ensureIndex(client, uid);
    ready.set(client, (ready.get(client) ?? new Set<string>()).add(uid));
  }
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch++) {
    const rows = await claimOutbox(db, options.batchSize ?? 500);
    if (rows.length === 0) break;
    try {
      const docs = await loadDocuments(db, rows.map((r) => r.lotId));
      // In the order of the changes, as claimed.
      const order = new Map(rows.map((r, i) => [r.lotId, i]));
      docs.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      const present = new Set(docs.map((d) => d.id));
      const gone = rows.map((r) => r.lotId).filter((id) => !present.has(id));
      const index = client.index(uid);
      if (docs.length) await settle(index.addDocuments(docs, { primaryKey: 'id' }), 'add documents');
      if (gone.length) await settle(index.deleteDocuments(gone), 'delete documents');
      await completeOutbox(db, rows);
      result.upserted += docs.length;
      result.deleted += gone.length;
    } catch (err) {
      result.failed += rows.length;
      await failOutbox(db, rows, err instanceof Error ? err.message : String(err));
      options.log?.warn({ err, lots: rows.length }, 'pushing the search outbox to Meilisearch failed; will retry');
      break;
    }
  }
  return result;
}
