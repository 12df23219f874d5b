import type { FastifyInstance } from 'fastify';
import { sendDueMails } from '../notifications/mail-outbox.ts';
import { createMailer } from '../notifications/mailer.ts';
import { pruneKeys } from '../reservations/idempotency.ts';
import { expireReservations } from '../reservations/reservations-service.ts';
import { searchJobs } from '../search/search-jobs.ts';

interface Job {
  name: string;
  everySeconds: number;
  run: () => Promise<unknown>;
}

/**
 * Runs the background jobs on timers in this process. Every job is safe to run in several
 * server instances at once (SKIP LOCKED claims, conditional updates), so no leader is needed.
 */
export function startJobs(app: FastifyInstance): () => Promise<void> {
  const mailer = createMailer(app.config.smtpUrl, app.log);
  const jobs: Job[] = [
    { name: 'expire-reservations', everySeconds: 60, run: () => expireReservations(app.db, app.config) },
    { name: 'send-mails', everySeconds: 15, run: () => sendDueMails(app.db, mailer) },
    { name: 'prune-idempotency-keys', everySeconds: 3600, run: () => pruneKeys(app.db) },
    ...searchJobs(app), // wanted alerts; the Meilisearch outbox when MEILI_URL is set
  ];
  const running = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => {
    let busy = false;
    const tick = () => {
      if (busy) return;
      busy = true;
      const p = job
        .run()
        .catch((err: unknown) => app.log.error({ err, job: job.name }, 'background job failed'))
        .finally(() => {
          busy = false;
          running.delete(p);
        });
      running.add(p);
    };
    setTimeout(tick, 2000).unref();
    const timer = setInterval(tick, job.everySeconds * 1000);
    timer.unref();
    return timer;
  });
  return async () => {
    timers.forEach(clearInterval);
    await Promise.allSettled([...running]);
  };
}
