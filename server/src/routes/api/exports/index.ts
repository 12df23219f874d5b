import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema, lotsGeojsonQuerySchema } from '@byg360/shared';
import { lotsGeojson } from '../../../reports/lots-geojson.ts';
import { optionalBearer } from '../../openapi.ts';
import { sendFile } from '../reports/send-file.ts';

/** Exports for GIS tools. Registered under /api/exports. */
export default async function exportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/lots.geojson', {
    onRequest: app.identify,
    schema: {
      tags: ['reports'],
      summary: 'Lots as a GeoJSON FeatureCollection (RFC 7946, [lon, lat]), streamed',
      description: 'Everyone gets the public lots (published or closed, of verified organisations); a planner also every lot of their municipality, drafts included; members their organisation’s; administrators all.',
      security: optionalBearer,
      querystring: lotsGeojsonQuerySchema,
      produces: ['application/geo+json'],
      response: { 200: z.any().describe('GeoJSON FeatureCollection'), 400: errorResponseSchema, 401: errorResponseSchema },
    },
  }, async (request, reply) => {
    const stream = await lotsGeojson(app.db, request.actor, request.query, app.config.publicUrl);
    const scope = [request.query.municipality, request.query.postcode, request.query.category, request.query.status].filter(Boolean).join('-');
    return sendFile(reply, { stream, contentType: 'application/geo+json; charset=utf-8', filename: `byg360-lots${scope ? `-${scope}` : ''}.geojson` });
  });
}
