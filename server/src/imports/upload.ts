import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { importMaxBytes } from '@byg360/shared';
import { AppError, invalid } from '../lib/errors.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Lets the routes of a plugin receive a spreadsheet as multipart/form-data (field `file`) or as the
 * raw body (text/csv, XLSX, octet-stream), at most importMaxBytes. Returns the reader to call once
 * the caller is known to be allowed to upload, so that a refused upload is never read.
 */
export async function spreadsheetUpload(fastify: FastifyInstance, what = 'file'): Promise<(request: FastifyRequest) => Promise<Buffer>> {
  const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${importMaxBytes / 1024 / 1024} MB. Split the ${what} into several files.`);
  // Scoped to the plugin; skipped when an enclosing plugin already registered multipart.
  if (!fastify.hasRequestDecorator('isMultipart')) await fastify.register(fastifyMultipart, { limits: { fileSize: importMaxBytes } });
  // The raw body is kept aside, so that the body schema (which documents the multipart form) sees none.
  const rawFiles = new WeakMap<FastifyRequest, Buffer>();
  fastify.addContentTypeParser(['text/csv', XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: importMaxBytes }, (request, body, done) => {
    rawFiles.set(request, body as Buffer);
    done(null, undefined);
  });
  return async (request) => {
    if (request.isMultipart()) {
      const part = await request.file({ limits: { fileSize: importMaxBytes } });
      if (!part) throw invalid('Attach the spreadsheet in the form field “file”', [{ path: 'file', message: 'Required' }]);
      try {
        return await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw err;
      }
    }
    const raw = rawFiles.get(request);
    if (raw) return raw;
    if (request.body === undefined || request.body === null) throw invalid('Attach the spreadsheet in the form field “file”', [{ path: 'file', message: 'Required' }]);
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the spreadsheet as multipart/form-data in the field “file”');
  };
}
