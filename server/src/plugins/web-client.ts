import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorResponse } from '@byg360/shared';

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/**
 * Serves the built web client when it exists, with a fallback to index.html for client-side routes.
 * Unknown /api and /docs paths stay JSON 404s.
 */
export default fp(async function webClient(app: FastifyInstance, opts: { root?: string }) {
  const root = opts.root ?? webDist;
  const hasClient = existsSync(path.join(root, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      // Vite fingerprints everything under assets/, so those files never change.
      setHeaders(res, filePath) {
        res.setHeader('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isApi = pathname.startsWith('/api/') || pathname === '/api' || pathname.startsWith('/docs');
    if (hasClient && !isApi && (request.method === 'GET' || request.method === 'HEAD') && !path.extname(pathname)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const body: ErrorResponse = { error: { code: 'NOT_FOUND', message: `No route for ${request.method} ${pathname}` } };
    return reply.code(404).send(body);
  });
});
