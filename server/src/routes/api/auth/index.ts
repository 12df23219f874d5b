import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema, loginBodySchema, okResponseSchema, registerBodySchema, sessionResponseSchema } from '@byg360/shared';
import * as auth from '../../../auth/auth-service.ts';

export const REFRESH_COOKIE = 'byg360_refresh';

export default async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { config } = app;

  async function reply(res: FastifyReply, session: auth.IssuedSession, status = 200) {
    res.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: config.env === 'production',
      path: '/api/auth',
      expires: session.refreshExpiresAt,
    });
    const accessToken = await res.jwtSign({ sub: session.user.id, role: session.user.role });
    return res.code(status).send({ accessToken, tokenType: 'Bearer' as const, expiresIn: config.accessTokenTtlSeconds, user: session.user });
  }

  const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema };

  app.post('/register', {
    schema: { tags: ['auth'], summary: 'Create an account (citizen, or a member of an organisation)', body: registerBodySchema, response: { 201: sessionResponseSchema, ...errors } },
  }, async (request, res) => reply(res, await auth.register(app.db, config, request.body), 201));

  app.post('/login', {
    schema: { tags: ['auth'], summary: 'Log in; sets the refresh cookie', body: loginBodySchema, response: { 200: sessionResponseSchema, ...errors } },
  }, async (request, res) => reply(res, await auth.login(app.db, config, request.body, request.ip)));

  app.post('/refresh', {
    schema: {
      tags: ['auth'],
      summary: 'Rotate the refresh cookie and get a new access token',
      description: 'Answers 204 without a body when no refresh cookie is sent (a visitor who is not logged in).',
      response: { 200: sessionResponseSchema, 204: z.null(), ...errors },
    },
  }, async (request, res) => {
    if (!request.cookies[REFRESH_COOKIE]) return res.code(204).send(null);
    try {
      return await reply(res, await auth.refresh(app.db, config, request.cookies[REFRESH_COOKIE]));
    } catch (err) {
      res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
      throw err;
    }
  });

  app.post('/logout', {
    schema: { tags: ['auth'], summary: 'End the session of the refresh cookie', response: { 200: okResponseSchema } },
  }, async (request, res) => {
    await auth.logout(app.db, request.cookies[REFRESH_COOKIE]);
    res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
    return { ok: true as const };
  });
}
