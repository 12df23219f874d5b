import fastifyMultipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { importMaxBytes } from '@byg360/shared';
import { fileProblem } from './issues.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Lets the routes of a plugin receive a spreadsheet as multipart/form-data (field `file`) or as the
 * raw body (text/csv, XLSX, octet-stream), at most importMaxBytes. Returns the reader to call once
 * the caller is known to be allowed to upload, so that a refused upload is never read.
 */
export async function spreadsheetUpload(fastify: FastifyInstance, what = 'file'): Promise<(request: FastifyRequest) => Promise<Buffer>> {
  const maxMb = importMaxBytes / 1024 / 1024;
  const tooLarge = () => fileProblem('PAYLOAD_TOO_LARGE', 'file.too_large', { maxMb }, `The file is larger than ${maxMb} MB. Split the ${what} into several files.`);
  const noFile = () => fileProblem('VALIDATION', 'file.missing', {}, 'Attach the spreadsheet in the form field “file”', [{ path: 'file', message: 'Required' }]);
  // Scoped to the plugin; skipped when an enclosing plugin already registered multipart.
  if (!fastify.hasRequestDecorator('isMultipart')) await fastify.register(fastifyMultipart, { limits: { fileSize: importMaxBytes } });
  // Fastify refuses a raw body over the limit before the parser runs, in its own words; the client gets ours.
  // Anything else goes on to the app's error handler.
  fastify.setErrorHandler((err: FastifyError) => {
    throw err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? tooLarge() : err;
  });
  // The raw body is kept aside, so that the body schema (which documents the multipart form) sees none.
  const rawFiles = new WeakMap<FastifyRequest, Buffer>();
  fastify.addContentTypeParser(['text/csv', XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: importMaxBytes }, (request, body, done) => {
    rawFiles.set(request, body as Buffer);
    done(null, undefined);
  });
  return async (request) => {
    if (request.isMultipart()) {
      const part = await request.file({ limits: { fileSize: importMaxBytes } });
      if (!part) throw noFile();
      try {
        return await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw err;
      }
    }
    const raw = rawFiles.get(request);
    if (raw) return raw;
    if (request.body === undefined || request.body === null) throw noFile();
    throw fileProblem('UNSUPPORTED_MEDIA_TYPE', 'file.not_multipart', {}, 'Send the spreadsheet as multipart/form-data in the field “file”');
  };
}
