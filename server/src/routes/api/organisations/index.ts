import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { municipalityListResponseSchema, organisationKindSchema, organisationListResponseSchema } from '@byg360/shared';
import { z } from 'zod';
import { listMunicipalities, listOrganisations } from '../../../organisations/organisations-repository.ts';

export default async function organisationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/organisations', {
    schema: {
      tags: ['organisations'],
      summary: 'Verified organisations (to join one at registration)',
      querystring: z.object({ kind: organisationKindSchema.optional() }),
      response: { 200: organisationListResponseSchema },
    },
  }, async (request) => ({ organisations: await listOrganisations(app.db, { kind: request.query.kind, verified: true }) }));

  app.get('/municipalities', {
    schema: { tags: ['organisations'], summary: 'Danish municipalities', response: { 200: municipalityListResponseSchema } },
  }, async () => ({ municipalities: await listMunicipalities(app.db) }));
}
