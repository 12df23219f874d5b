import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startBenchApp, type BenchAppOptions } from './support.ts';

// A full collection on request ('gc'), so that an RSS baseline is not inflated by earlier garbage
// (without --expose-gc, global.gc is undefined; the flag set at run time exposes it to a new context).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

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
// RSS sampling for the parent's memory figures: 'rss-start' takes the baseline and samples every
// 20 ms (and on each message) until 'rss-stop', which answers with the peak and that baseline.
let rss: { baseline: number; peak: number; timer: NodeJS.Timeout } | undefined;
process.on('message', (message) => {
  if (message === 'close') void close();
  if (message === 'cpu-usage') process.send!({ cpuUsage: process.cpuUsage() });
  if (message === 'rss-start') {
    if (rss) clearInterval(rss.timer);
    const baseline = process.memoryUsage.rss();
    const sample = { baseline, peak: baseline, timer: setInterval(() => (sample.peak = Math.max(sample.peak, process.memoryUsage.rss())), 20) };
    rss = sample;
    process.send!({ rssStarted: true });
  }
  if (message === 'rss-stop' && rss) {
    clearInterval(rss.timer);
    const { baseline, peak } = rss;
    rss = undefined;
    process.send!({ rss: { baseline, peak: Math.max(peak, process.memoryUsage.rss()) } });
  }
  if (message === 'gc') {
    collectGarbage();
    process.send!({ gcDone: true });
  }
});
process.on('disconnect', () => void close());
process.send!({ url: bench.url, databaseUrl: bench.databaseUrl });
