import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema, meResponseSchema, updateMeBodySchema } from '@byg360/shared';
import { bearer } from '../../openapi.ts';
import { notFound } from '../../../lib/errors.ts';
import { findUserById, updateUser } from '../../../users/users-repository.ts';

export default async function meRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const security = bearer;

  app.get('', {
    onRequest: app.authenticate,
    schema: { tags: ['auth'], summary: 'The logged-in user', security, response: { 200: meResponseSchema, 401: errorResponseSchema } },
  }, async (request) => {
    const user = await findUserById(app.db, request.actor!.id);
    if (!user) throw notFound('User');
    return { user };
  });

  app.patch('', {
    onRequest: app.authenticate,
    schema: { tags: ['auth'], summary: 'Change name, phone or language', security, body: updateMeBodySchema, response: { 200: meResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema } },
  }, async (request) => {
    await updateUser(app.db, request.actor!.id, request.body);
    const user = await findUserById(app.db, request.actor!.id);
    if (!user) throw notFound('User');
    return { user };
  });
}
