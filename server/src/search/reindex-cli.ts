import { loadConfig } from '../config.ts';
import { openDatabase, pgliteDirFor } from '../db/client.ts';
import { createMeiliClient, INDEXING_TIMEOUT_MS } from './meili-client.ts';
import { reindex } from './meili-index.ts';

// `npm run reindex`: rebuilds the Meilisearch index from PostgreSQL and swaps it in. With PGlite
// (no DATABASE_URL) stop the server first: PGlite's files are used by one process at a time.
const config = loadConfig();
if (!config.meili) {
  console.error('MEILI_URL is not set: search uses PostgreSQL, which needs no index to rebuild.');
  process.exit(1);
}
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.dataDir && pgliteDirFor(config.dataDir) });
try {
  await database.migrate();
  console.log(`Rebuilding the Meilisearch index at ${config.meili.url} from ${database.kind}…`);
  const result = await reindex(database.db, createMeiliClient(config.meili, INDEXING_TIMEOUT_MS), { log: console.log });
  console.log(`Indexed ${result.documents} lots into ${result.index} and swapped it in.`);
} finally {
  await database.close();
}
