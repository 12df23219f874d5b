import type { FastifyInstance } from 'fastify';
import { sendWantedAlerts } from '../wanted/wanted-alerts.ts';
import { createMeiliClient, INDEXING_TIMEOUT_MS } from './meili-client.ts';
import { pushSearchOutbox } from './outbox-worker.ts';

/** Background jobs of search and wanted posts: alerts always, the Meilisearch outbox when it is configured. */
export function searchJobs(app: FastifyInstance) {
  const meili = app.config.meili ? createMeiliClient(app.config.meili, INDEXING_TIMEOUT_MS) : null;
  return [
    { name: 'wanted-alerts', everySeconds: 10, run: () => sendWantedAlerts(app.db, app.config.publicUrl, app.log) },
    ...(meili ? [{ name: 'push-search-outbox', everySeconds: 2, run: () => pushSearchOutbox(app.db, meili, { log: app.log }) }] : []),
  ];
}
