import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '@byg360/shared';
import { findActor, type Actor } from '../auth/actor.ts';
import { forbidden, unauthorized } from '../lib/errors.ts';

export interface AccessTokenPayload {
  sub: string;
  role: Role;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessTokenPayload;
    user: AccessTokenPayload;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler: requires a valid access token and loads the caller. */
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** preHandler: loads the caller when a token is sent, allows anonymous calls. */
    identify: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** preHandler factory: requires one of the roles. */
    requireRole: (...roles: Role[]) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export default fp(
  async function auth(app: FastifyInstance) {
    await app.register(fastifyCookie);
    await app.register(fastifyJwt, {
      secret: app.config.jwtSecret,
      sign: { algorithm: 'HS256', expiresIn: app.config.accessTokenTtlSeconds },
      // Only our own algorithm is accepted: no `none`, no key confusion.
      verify: { algorithms: ['HS256'] },
    });
    app.decorateRequest('actor', null);

    async function load(request: FastifyRequest, required: boolean) {
      const header = request.headers.authorization;
      if (!header) {
        if (required) throw unauthorized();
        return;
      }
      let payload: AccessTokenPayload;
      try {
        payload = await request.jwtVerify<AccessTokenPayload>();
      } catch {
        throw unauthorized('Your session has expired or the token is invalid. Log in again.');
      }
      // The caller is read fresh on every request, so that role, membership and verification changes apply at once.
      const actor = await findActor(app.db, payload.sub);
      if (!actor) throw unauthorized('This account no longer exists');
      request.actor = actor;
    }

    app.decorate('authenticate', (request: FastifyRequest) => load(request, true));
    app.decorate('identify', (request: FastifyRequest) => load(request, false));
    app.decorate('requireRole', (...roles: Role[]) => async (request: FastifyRequest) => {
      await load(request, true);
      if (!roles.includes(request.actor!.role)) throw forbidden(`This needs the role ${roles.join(' or ')}`);
    });
  },
  { name: 'auth', dependencies: ['config', 'db'] },
);
