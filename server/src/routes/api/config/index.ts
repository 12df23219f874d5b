import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { clientConfigSchema } from '@byg360/shared';

/** Settings the web client needs at run time (map tiles, early-access window). */
export default async function clientConfigRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('', {
    schema: { tags: ['system'], summary: 'Public settings for the web client', response: { 200: clientConfigSchema } },
  }, async () => ({
    tileUrl: app.config.tileUrl,
    earlyAccessHours: app.config.earlyAccessHours,
    reservationResponseHours: app.config.reservationResponseHours,
  }));
}
