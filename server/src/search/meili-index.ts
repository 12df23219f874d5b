import type { EnqueuedTaskPromise, IndexSwap, Meilisearch } from 'meilisearch';
import type { Db } from '../db/client.ts';
import { MEILI_INDEX, meiliSettings } from './meili-query.ts';
import { loadDocumentPage } from './search-documents.ts';
import { pauseOutbox, resumeOutbox } from './search-outbox-repository.ts';

/** Waits for a Meilisearch task and throws unless it succeeded. */
export async function settle(task: EnqueuedTaskPromise, what: string) {
  const done = await task.waitTask();
  if (done.status !== 'succeeded') throw new Error(`Meilisearch could not ${what}: ${done.error?.message ?? done.status}`);
  return done;
}

export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code === 'index_not_found') return false;
    throw err;
  }
}

/** Creates the index if it is missing and applies our settings (a no-op for Meilisearch when they are unchanged). */
export async function ensureIndex(client: Meilisearch, uid = MEILI_INDEX) {
  if (!(await indexExists(client, uid))) await settle(client.createIndex(uid, { primaryKey: 'id' }), `create index ${uid}`);
  await settle(client.index(uid).updateSettings(meiliSettings), `update the settings of ${uid}`);
}

export interface ReindexResult {
  index: string;
  documents: number;
}

/**
 * Builds a fresh index `lots_<timestamp>` from PostgreSQL and swaps it in under the name searches
 * use, so that searching never fails meanwhile. The outbox worker is paused first: every change
 * made after the snapshot stays in the outbox and reaches the new index after the swap.
 */
export async function reindex(db: Db, client: Meilisearch, options: { uid?: string; batchSize?: number; now?: number; log?: (line: string) => void } = {}): Promise<ReindexResult> {
  const uid = options.uid ?? MEILI_INDEX;
  const batchSize = options.batchSize ?? 1000;
  const fresh = `${uid}_${options.now ?? Date.now()}`;
  const log = options.log ?? (() => undefined);
  await pauseOutbox(db, 60);
  try {
    await settle(client.createIndex(fresh, { primaryKey: 'id' }), `create index ${fresh}`);
    await settle(client.index(fresh).updateSettings(meiliSettings), `update the settings of ${fresh}`);
    // One snapshot for the whole read, taken after the pause, so that nothing falls between it and the outbox.
    const documents = await db.transaction(
      async (tx) => {
        let count = 0;
        let after: string | null = null;
        for (;;) {
          const docs = await loadDocumentPage(tx, after, batchSize);
          if (docs.length === 0) break;
          await settle(client.index(fresh).addDocuments(docs, { primaryKey: 'id' }), `add documents to ${fresh}`);
          count += docs.length;
          after = docs[docs.length - 1]!.id;
          log(`  ${count} documents`);
        }
        return count;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    // Swapping needs both indexes; the first time there is only the new one. (Without `rename`,
    // which Meilisearch before 1.18 does not know.)
    if (!(await indexExists(client, uid))) await ensureIndex(client, uid);
    await settle(client.swapIndexes([{ indexes: [uid, fresh] } as IndexSwap]), `swap ${fresh} in as ${uid}`);
    // After the swap the old documents live under the fresh name.
    await settle(client.deleteIndex(fresh), `delete the previous index`);
    return { index: fresh, documents };
  } finally {
    await resumeOutbox(db);
  }
}
