import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorResponseSchema,
  idParamsSchema,
  importFileBodySchema,
  importQuerySchema,
  importRejectedSchema,
  importResultSchema,
  importTemplateQuerySchema,
} from '@byg360/shared';
import { importLots } from '../../../imports/import-lots.ts';
import { lotsTemplate, type TemplateFile } from '../../../imports/lots-template.ts';
import { spreadsheetUpload } from '../../../imports/upload.ts';
import { bearer, errorResponses } from '../../openapi.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Inventory import (CSV/XLSX → lots of a project) and its template; registered under /api. */
export default async function importRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const uploadedFile = await spreadsheetUpload(fastify, 'inventory');

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
    const result = await importLots(app.db, request.actor!, request.params.id, { mode: request.query.mode, readFile: () => uploadedFile(request) });
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

function sendFile(reply: FastifyReply, file: TemplateFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-cache')
    .send(file.body);
}
