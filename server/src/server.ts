import closeWithGrace from 'close-with-grace';
import { buildServer } from './build.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase, pgliteDirFor } from './db/client.ts';
import { seedIfEmpty } from './db/seed/index.ts';
import { startJobs } from './jobs/scheduler.ts';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.dataDir && pgliteDirFor(config.dataDir) });
await database.migrate();
const app = await buildServer({ config, database });
const seeded = await seedIfEmpty(database.db, { demo: config.demo, demoPassword: config.demoPassword });
if (seeded.demoUsers.length) {
  // A plain banner rather than a log line: this is what a newcomer reads in the terminal.
  console.log(`\nDemo data seeded. Log in with any of these, password "${config.demoPassword}":\n${seeded.demoUsers.map((u) => `  ${u.role.padEnd(11)}${u.email}`).join('\n')}\n`);
}

const stopJobs = startJobs(app);

closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  await stopJobs();
  await app.close();
  await database.close();
});

await app.listen({ port: config.port, host: config.host });
app.log.info(`Byg360 is running on http://localhost:${config.port} (database: ${database.kind})`);
