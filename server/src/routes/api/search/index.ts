import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema, searchQuerySchema, searchResponseSchema } from '@byg360/shared';
import { replyCached } from '../../../plugins/search-cache.ts';
import { createMeiliClient, SEARCH_TIMEOUT_MS } from '../../../search/meili-client.ts';
import { createSearchService } from '../../../search/search-service.ts';

export default async function searchRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = createSearchService(app.db, {
    meili: app.config.meili ? createMeiliClient(app.config.meili, SEARCH_TIMEOUT_MS) : undefined,
    log: app.log,
  });

  app.get('', {
    schema: {
      tags: ['search'],
      summary: 'Search published lots: text, filters, facets, bbox or near + radius, sort and paging',
      description:
        'Only published lots of verified organisations with something left. Meilisearch answers when it is configured and healthy, PostgreSQL otherwise; `engine` says which. Answers may be up to SEARCH_CACHE_SECONDS old.',
      querystring: searchQuerySchema,
      response: { 200: searchResponseSchema, 400: errorResponseSchema },
    },
  }, async (request, reply) => replyCached(request, reply, () => service.search(request.query)));
}
