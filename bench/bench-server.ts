import { startBenchApp, type BenchAppOptions } from './support.ts';

/**
 * Child process entry of startBenchServerProcess: the server under test on its own event loop.
 * Reports its address to the parent, and closes (dropping a database it made) when told or orphaned.
 */
const { overrides, poolSize, options } = JSON.parse(process.argv[2] ?? '{}') as { overrides?: object; poolSize?: number; options?: BenchAppOptions };
const bench = await startBenchApp(overrides, poolSize, options);
let closing: Promise<void> | undefined;
// An explicit exit, so that a lingering handle cannot keep the child (and the parent waiting on it) alive.
const close = () =>
  (closing ??= bench.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  ));
process.on('message', (message) => {
  if (message === 'close') void close();
  if (message === 'cpu-usage') process.send!({ cpuUsage: process.cpuUsage() });
});
process.on('disconnect', () => void close());
process.send!({ url: bench.url, databaseUrl: bench.databaseUrl });
