import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createReservationBodySchema, idParamsSchema, reasonBodySchema, reservationListQuerySchema, reservationListResponseSchema, reservationSchema } from '@byg360/shared';
import { act, getReservation, listReservations, reserve } from '../../../reservations/reservations-service.ts';
import { bearer, errorResponses } from '../../openapi.ts';

export default async function reservationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const security = bearer;

  app.post('/lots/:id/reservations', {
    onRequest: app.authenticate,
    schema: {
      tags: ['reservations'],
      summary: 'Reserve part or all of what is left of a lot',
      description: 'Send an Idempotency-Key header to make retries safe: the same key with the same body returns the first result; with another body it is refused (409).',
      security,
      params: idParamsSchema,
      headers: z.object({ 'idempotency-key': z.string().optional() }),
      body: createReservationBodySchema,
      response: { 200: reservationSchema, 201: reservationSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const result = await reserve(app.db, app.config, request.actor!, request.params.id, request.body, request.headers['idempotency-key']);
    return reply.code(result.statusCode).send(result.body);
  });

  app.get('/reservations', {
    onRequest: app.authenticate,
    schema: { tags: ['reservations'], summary: 'My requests (as=requester) or my organisation’s inbox (as=contractor)', security, querystring: reservationListQuerySchema, response: { 200: reservationListResponseSchema, ...errorResponses } },
  }, async (request) => ({ reservations: await listReservations(app.db, request.actor!, request.query) }));

  app.get('/reservations/:id', {
    onRequest: app.authenticate,
    schema: { tags: ['reservations'], summary: 'One reservation (its requester or the lot’s organisation)', security, params: idParamsSchema, response: { 200: reservationSchema, ...errorResponses } },
  }, async (request) => getReservation(app.db, request.actor!, request.params.id));

  for (const action of ['accept', 'decline', 'cancel', 'collect'] as const) {
    app.post(`/reservations/:id/${action}`, {
      onRequest: app.authenticate,
      schema: { tags: ['reservations'], summary: `${action[0]!.toUpperCase()}${action.slice(1)} a reservation`, security, params: idParamsSchema, body: reasonBodySchema, response: { 200: reservationSchema, ...errorResponses } },
    }, async (request) => act(app.db, app.config, request.actor!, request.params.id, action, request.body?.reason ?? null));
  }
}
