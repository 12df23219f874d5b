import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { healthResponseSchema } from '@byg360/shared';
import { version } from '../../../version.ts';

export default async function healthRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('', {
    schema: { tags: ['system'], summary: 'Liveness and which engines are in use', response: { 200: healthResponseSchema } },
  }, async () => {
    const dbOk = await app.db.execute(sql`select 1`).then(() => true, () => false);
    return { status: dbOk ? ('ok' as const) : ('degraded' as const), db: app.dbKind, search: app.config.meili ? ('meilisearch' as const) : ('postgres' as const), version };
  });
}
