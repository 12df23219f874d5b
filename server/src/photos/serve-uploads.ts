import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const RENDITION = /^\/lots\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-(display|thumb)\.webp$/;

/**
 * Serves the photo renditions under /uploads/. A file's name is a fresh random UUID per upload
 * and its content never changes, so it may be cached for a year. There is no access check: a
 * photo of a lot the caller may not see (a draft) is only reachable by guessing a random UUID,
 * which we accept. Removing a photo removes its files, so its URL stops working at once here
 * (though not in caches that already hold it).
 */
export default async function serveUploads(app: FastifyInstance, opts: { root: string }) {
  await app.register(fastifyStatic, {
    root: opts.root,
    prefix: '/uploads/',
    // The web client registers @fastify/static as well; only one may decorate the reply.
    decorateReply: false,
    // Only the renditions we write: no temporary files, directories or anything else put there.
    allowedPath: (pathname) => RENDITION.test(pathname),
    index: false,
    list: false,
    redirect: false,
    maxAge: '365d',
    immutable: true,
    etag: true,
    lastModified: true,
  });
}
