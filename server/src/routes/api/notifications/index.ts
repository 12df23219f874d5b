import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, notificationListResponseSchema, okResponseSchema } from '@byg360/shared';
import { notFound } from '../../../lib/errors.ts';
import { listNotifications, markRead, notificationExists } from '../../../notifications/notifications-repository.ts';
import { bearer, errorResponses } from '../../openapi.ts';

export default async function notificationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.addHook('onRequest', app.authenticate);

  app.get('', {
    schema: { tags: ['notifications'], summary: 'My latest notifications and the unread count', security: bearer, response: { 200: notificationListResponseSchema, ...errorResponses } },
  }, async (request) => {
    const { rows, unread } = await listNotifications(app.db, request.actor!.id);
    return {
      unread,
      notifications: rows.map((n) => ({ id: n.id, kind: n.kind, data: n.data, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() })),
    };
  });

  app.post('/:id/read', {
    schema: { tags: ['notifications'], summary: 'Mark one notification read', security: bearer, params: idParamsSchema, response: { 200: okResponseSchema, ...errorResponses } },
  }, async (request) => {
    if (!(await notificationExists(app.db, request.actor!.id, request.params.id))) throw notFound('Notification');
    await markRead(app.db, request.actor!.id, request.params.id);
    return { ok: true as const };
  });

  app.post('/read-all', {
    schema: { tags: ['notifications'], summary: 'Mark all my notifications read', security: bearer, response: { 200: okResponseSchema, ...errorResponses } },
  }, async (request) => {
    await markRead(app.db, request.actor!.id);
    return { ok: true as const };
  });
}
