import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorResponseSchema,
  idParamsSchema,
  importFileBodySchema,
  importMaxBytes,
  importQuerySchema,
  importRejectedSchema,
  importResultSchema,
  importTemplateQuerySchema,
} from '@byg360/shared';
import { importLots } from '../../../imports/import-lots.ts';
import { lotsTemplate, type TemplateFile } from '../../../imports/lots-template.ts';
import { AppError, invalid } from '../../../lib/errors.ts';
import { bearer, errorResponses } from '../../openapi.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${importMaxBytes / 1024 / 1024} MB. Split the inventory into several files.`);

/** Inventory import (CSV/XLSX → lots of a project) and its template; registered under /api. */
export default async function importRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // Scoped to these routes; skipped when an enclosing plugin already registered multipart.
  if (!fastify.hasRequestDecorator('isMultipart')) await fastify.register(fastifyMultipart, { limits: { fileSize: importMaxBytes } });
  // The file may also be sent as the raw body; it is kept aside so that the body schema (which documents the multipart form) sees none.
  const rawFiles = new WeakMap<FastifyRequest, Buffer>();
  fastify.addContentTypeParser(['text/csv', XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: importMaxBytes }, (request, body, done) => {
    rawFiles.set(request, body as Buffer);
    done(null, undefined);
  });

  app.post('/projects/:id/lots/import', {
    onRequest: app.authenticate,
    schema: {
      tags: ['lots'],
      summary: 'Import a pre-demolition inventory (CSV or XLSX) as lots: a dry run checks every row, a commit creates all rows or none',
      description:
        'multipart/form-data with the spreadsheet in the field `file` (or the file as the raw body, text/csv or XLSX), at most 10 MB. ' +
        'Headers in Danish or English; CSV in UTF-8 with , ; or tab. A commit with invalid rows answers 422 with the row results and creates nothing.',
      security: bearer,
      consumes: ['multipart/form-data'],
      params: idParamsSchema,
      querystring: importQuerySchema,
      body: importFileBodySchema,
      response: {
        200: importResultSchema.describe('dry run'),
        201: importResultSchema.describe('committed: every row created'),
        413: errorResponseSchema,
        415: errorResponseSchema,
        422: importRejectedSchema.describe('commit refused: some rows are invalid, nothing was created'),
        ...errorResponses,
      },
    },
  }, async (request, reply) => {
    const result = await importLots(app.db, request.actor!, request.params.id, { mode: request.query.mode, readFile: () => uploadedFile(request, rawFiles.get(request)) });
    if (result.mode === 'commit' && result.invalid > 0) {
      const message = `${result.invalid} of ${result.total} rows have errors, so nothing was imported. Correct them and import the file again.`;
      return reply.code(422).send({ ...result, error: { code: 'VALIDATION' as const, message } });
    }
    return reply.code(result.mode === 'commit' ? 201 : 200).send(result);
  });

  for (const format of ['xlsx', 'csv'] as const) {
    app.get(`/imports/lots-template.${format}`, {
      schema: {
        tags: ['lots'],
        summary: `The inventory template as ${format.toUpperCase()}: header row, two example lots${format === 'xlsx' ? ' and the category list' : ''}`,
        querystring: importTemplateQuerySchema,
        produces: [format === 'xlsx' ? XLSX : 'text/csv'],
        response: { 200: z.any().describe(`${format.toUpperCase()} file`), 400: errorResponseSchema },
      },
    }, async (request, reply) => sendFile(reply, await lotsTemplate(app.db, format, request.query.lang)));
  }
}

async function uploadedFile(request: FastifyRequest, raw: Buffer | undefined): Promise<Buffer> {
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
  if (raw) return raw;
  if (request.body === undefined || request.body === null) throw invalid('Attach the spreadsheet in the form field “file”', [{ path: 'file', message: 'Required' }]);
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the spreadsheet as multipart/form-data in the field “file”');
}

function sendFile(reply: FastifyReply, file: TemplateFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-cache')
    .send(file.body);
}
