import Fastify, { type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
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
  // Not encapsulated, so that the process entry (background jobs) sees the app's decorators.
  await fastify.register(fp(app), opts);
  await fastify.ready();
  return fastify;
}
