import { loadConfig } from '../config.ts';
import { openDatabase, pgliteDirFor } from './client.ts';

const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  pgliteDir: config.dataDir && pgliteDirFor(config.dataDir),
});
await database.migrate();
await database.close();
console.log(`Migrations applied (${database.kind}).`);
