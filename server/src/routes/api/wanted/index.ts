import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createWantedBodySchema,
  idParamsSchema,
  publicWantedListResponseSchema,
  publicWantedSchema,
  updateWantedBodySchema,
  wantedListQuerySchema,
  wantedListResponseSchema,
  wantedSchema,
} from '@byg360/shared';
import { changeWanted, createWanted, getWanted, listMyWanted, listWanted, removeWanted } from '../../../wanted/wanted-service.ts';
import { bearer, errorResponses, optionalBearer } from '../../openapi.ts';

export default async function wantedRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['wanted'];

  app.get('', {
    schema: { tags, summary: 'Open wanted posts, without anything about who posted them', querystring: wantedListQuerySchema, response: { 200: publicWantedListResponseSchema, ...errorResponses } },
  }, async (request) => listWanted(app.db, request.query));

  app.post('', {
    onRequest: app.authenticate,
    schema: {
      tags,
      summary: 'Post what you need (a category or a saved search, near a place); matching new lots alert you',
      security: bearer,
      body: createWantedBodySchema,
      response: { 201: wantedSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.code(201).send(await createWanted(app.db, request.actor!, request.body)));

  app.get('/mine', {
    onRequest: app.authenticate,
    schema: { tags, summary: 'My wanted posts, open and closed', security: bearer, response: { 200: wantedListResponseSchema, ...errorResponses } },
  }, async (request) => ({ wanted: await listMyWanted(app.db, request.actor!) }));

  app.get('/:id', {
    onRequest: app.identify,
    schema: { tags, summary: 'One wanted post (public view)', security: optionalBearer, params: idParamsSchema, response: { 200: publicWantedSchema, ...errorResponses } },
  }, async (request) => getWanted(app.db, request.actor, request.params.id));

  app.patch('/:id', {
    onRequest: app.authenticate,
    schema: { tags, summary: 'Change my wanted post, or mark it fulfilled or closed', security: bearer, params: idParamsSchema, body: updateWantedBodySchema, response: { 200: wantedSchema, ...errorResponses } },
  }, async (request) => changeWanted(app.db, request.actor!, request.params.id, request.body));

  app.delete('/:id', {
    onRequest: app.authenticate,
    schema: { tags, summary: 'Delete my wanted post', security: bearer, params: idParamsSchema, response: { 204: z.null().describe('deleted'), ...errorResponses } },
  }, async (request, reply) => {
    await removeWanted(app.db, request.actor!, request.params.id);
    return reply.code(204).send(null);
  });
}
