import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema, idParamsSchema, meResponseSchema, organisationListQuerySchema, organisationListResponseSchema, organisationSchema } from '@byg360/shared';
import { bearer } from '../../openapi.ts';
import { notFound } from '../../../lib/errors.ts';
import { listOrganisations, setVerified } from '../../../organisations/organisations-repository.ts';
import { findUserById, updateUser } from '../../../users/users-repository.ts';

export default async function adminRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.addHook('onRequest', app.requireRole('admin'));
  const security = bearer;
  const errors = { 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

  app.get('/organisations', {
    schema: { tags: ['admin'], summary: 'All organisations, e.g. those waiting for verification', security, querystring: organisationListQuerySchema, response: { 200: organisationListResponseSchema, ...errors } },
  }, async (request) => ({
    organisations: await listOrganisations(app.db, {
      kind: request.query.kind,
      verified: request.query.verified === undefined ? undefined : request.query.verified === 'true',
    }),
  }));

  app.post('/organisations/:id/verify', {
    schema: { tags: ['admin'], summary: 'Verify an organisation, so that its lots can be public', security, params: idParamsSchema, response: { 200: organisationSchema, ...errors } },
  }, async (request) => {
    const organisation = await setVerified(app.db, request.params.id);
    if (!organisation) throw notFound('Organisation');
    return organisation;
  });

  app.post('/users/:id/approve-membership', {
    schema: { tags: ['admin'], summary: "Approve a user's membership of the organisation they joined", security, params: idParamsSchema, response: { 200: meResponseSchema, ...errors } },
  }, async (request) => {
    if (!(await updateUser(app.db, request.params.id, { membershipApproved: true }))) throw notFound('User');
    return { user: (await findUserById(app.db, request.params.id))! };
  });
}
