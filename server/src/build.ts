import Fastify, { type FastifyServerOptions } from 'fastify';
import app, { type AppOptions } from './app.ts';

/** A Fastify instance with the app registered; used by the process entry and by the tests alike. */
export async function buildServer(opts: AppOptions, server: FastifyServerOptions = {}) {
  const fastify = Fastify({
    logger: { level: opts.config.logLevel },
    // JSON bodies are small; photo and spreadsheet uploads set their own limits.
    bodyLimit: 1024 * 1024,
    trustProxy: opts.config.env === 'production',
    ...server,
  });
  await fastify.register(app, opts);
  await fastify.ready();
  return fastify;
}
