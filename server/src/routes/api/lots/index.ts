import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, lotHistoryResponseSchema, lotSchema, outcomeSchema, updateLotBodySchema } from '@byg360/shared';
import { errorResponses, optionalBearer } from '../../openapi.ts';
import { changeLot, getLot, lotHistory, recordOutcome, removeLot } from '../../../lots/lots-service.ts';

export default async function lotRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const security = optionalBearer;
  const errors = errorResponses;

  app.get('/:id', {
    onRequest: app.identify,
    schema: { tags: ['lots'], summary: 'One lot with its photos, estimated mass and CO2e', security, params: idParamsSchema, response: { 200: lotSchema, ...errors } },
  }, async (request) => getLot(app.db, request.actor, request.params.id));

  app.patch('/:id', {
    onRequest: app.authenticate,
    schema: { tags: ['lots'], summary: 'Change a lot or its status (draft → published → closed)', security, params: idParamsSchema, body: updateLotBodySchema, response: { 200: lotSchema, ...errors } },
  }, async (request) => changeLot(app.db, request.actor!, request.params.id, request.body));

  app.delete('/:id', {
    onRequest: app.authenticate,
    schema: { tags: ['lots'], summary: 'Delete a lot that has no reservations', security, params: idParamsSchema, response: { 204: z.null().describe('deleted'), ...errors } },
  }, async (request, reply) => {
    await removeLot(app.db, request.actor!, request.params.id);
    return reply.code(204).send(null);
  });

  app.put('/:id/outcome', {
    onRequest: app.authenticate,
    schema: { tags: ['lots'], summary: 'Record how much was reused, recycled and disposed (completed projects)', security, params: idParamsSchema, body: outcomeSchema, response: { 200: lotSchema, ...errors } },
  }, async (request) => recordOutcome(app.db, request.actor!, request.params.id, request.body));

  app.get('/:id/history', {
    onRequest: app.authenticate,
    schema: { tags: ['lots'], summary: 'Every change of the lot: who, when, what', security, params: idParamsSchema, response: { 200: lotHistoryResponseSchema, ...errors } },
  }, async (request) => ({ events: await lotHistory(app.db, request.actor, request.params.id) }));
}
