import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema, mapClustersQuerySchema, mapClustersResponseSchema } from '@byg360/shared';
import { replyCached } from '../../../plugins/search-cache.ts';
import { mapClusters } from '../../../search/map-clusters.ts';

export default async function mapRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/clusters', {
    schema: {
      tags: ['search'],
      summary: 'Clusters and single lots for a map view (GeoJSON), with the search filters',
      querystring: mapClustersQuerySchema,
      response: { 200: mapClustersResponseSchema, 400: errorResponseSchema },
    },
  }, async (request, reply) => replyCached(request, reply, () => mapClusters(app.db, request.query)));
}
