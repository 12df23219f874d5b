import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

/** Sends a streamed file as a download; the name is ASCII, with the RFC 6266 filename* form beside it. */
export function sendFile(reply: FastifyReply, file: { stream: Readable; contentType: string; filename: string }) {
  const ascii = file.filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.stream);
}
