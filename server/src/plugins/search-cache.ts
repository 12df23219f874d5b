import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createResponseCache, type ResponseCache } from '../search/response-cache.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Public search and map responses (see search/response-cache.ts). */
    searchCache: ResponseCache;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export default fp(
  async function searchCache(app: FastifyInstance) {
    const cache = createResponseCache({ ttlMs: app.config.searchCacheMs });
    app.decorate('searchCache', cache);
    // Any change made through this instance shows in its next search: the change has committed
    // before its reply is sent, and this runs before the reply leaves.
    app.addHook('onSend', async (request, reply) => {
      if (!READS.has(request.method) && reply.statusCode < 400) cache.clear();
    });
  },
  { name: 'search-cache', dependencies: ['config'] },
);

/**
 * Replies with the cached JSON body for this route and query string, or with compute's result,
 * serialized by the route's response schema and cached.
 */
export async function replyCached(request: FastifyRequest, reply: FastifyReply, compute: () => Promise<unknown>): Promise<FastifyReply> {
  const key = `${request.routeOptions.url ?? request.url} ${JSON.stringify(request.query)}`;
  const body = await request.server.searchCache.get(key, async () => String(reply.serialize(await compute())));
  return reply.type('application/json; charset=utf-8').send(body);
}
