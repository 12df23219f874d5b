import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createLotBodySchema,
  createProjectBodySchema,
  errorResponseSchema,
  idParamsSchema,
  lotListResponseSchema,
  lotSchema,
  projectListQuerySchema,
  projectListResponseSchema,
  projectSchema,
  updateProjectBodySchema,
} from '@byg360/shared';
import { errorResponses, optionalBearer } from '../../openapi.ts';
import { createLot, listProjectLots } from '../../../lots/lots-service.ts';
import { changeProject, createProject, getProject, listProjects } from '../../../projects/projects-service.ts';

export default async function projectRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const security = optionalBearer;
  const errors = errorResponses;

  app.get('', {
    onRequest: app.identify,
    schema: { tags: ['projects'], summary: 'Demolition projects the caller may see', security, querystring: projectListQuerySchema, response: { 200: projectListResponseSchema, 400: errorResponseSchema } },
  }, async (request) => ({ projects: await listProjects(app.db, request.actor, request.query) }));

  app.post('', {
    onRequest: app.authenticate,
    schema: { tags: ['projects'], summary: 'Create a demolition project for the caller’s organisation', security, body: createProjectBodySchema, response: { 201: projectSchema, ...errors } },
  }, async (request, reply) => reply.code(201).send(await createProject(app.db, request.actor!, request.body)));

  app.get('/:id', {
    onRequest: app.identify,
    schema: { tags: ['projects'], summary: 'One project', security, params: idParamsSchema, response: { 200: projectSchema, ...errors } },
  }, async (request) => getProject(app.db, request.actor, request.params.id));

  app.patch('/:id', {
    onRequest: app.authenticate,
    schema: { tags: ['projects'], summary: 'Change a project or its status (planned → active → completed)', security, params: idParamsSchema, body: updateProjectBodySchema, response: { 200: projectSchema, ...errors } },
  }, async (request) => changeProject(app.db, request.actor!, request.params.id, request.body));

  app.get('/:id/lots', {
    onRequest: app.identify,
    schema: { tags: ['lots'], summary: 'The lots of a project (drafts only for those who may see them)', security, params: idParamsSchema, response: { 200: lotListResponseSchema, ...errors } },
  }, async (request) => ({ lots: await listProjectLots(app.db, request.actor, request.params.id) }));

  app.post('/:id/lots', {
    onRequest: app.authenticate,
    schema: { tags: ['lots'], summary: 'Add a lot to a project', security, params: idParamsSchema, body: createLotBodySchema, response: { 201: lotSchema, ...errors } },
  }, async (request, reply) => reply.code(201).send(await createLot(app.db, request.actor!, request.params.id, request.body)));
}
