import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createPlannedDemolitionBodySchema,
  errorResponseSchema,
  idParamsSchema,
  importFileBodySchema,
  importQuerySchema,
  plannedDemolitionImportRejectedSchema,
  plannedDemolitionImportResultSchema,
  plannedDemolitionListQuerySchema,
  plannedDemolitionListResponseSchema,
  plannedDemolitionSchema,
  updatePlannedDemolitionBodySchema,
} from '@byg360/shared';
import { spreadsheetUpload } from '../../../imports/upload.ts';
import { importPlannedDemolitions } from '../../../planned-demolitions/import-planned-demolitions.ts';
import {
  changePlannedDemolition,
  createPlannedDemolition,
  getPlannedDemolition,
  listPlannedDemolitions,
  removePlannedDemolition,
} from '../../../planned-demolitions/planned-demolitions-service.ts';
import { bearer, errorResponses } from '../../openapi.ts';

/** Planned demolitions (potential supply): the municipality's planners and administrators only. Registered under /api/planned-demolitions. */
export default async function plannedDemolitionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const uploadedFile = await spreadsheetUpload(fastify, 'extract');
  const security = bearer;
  const errors = errorResponses;
  const tags = ['planned demolitions'];

  app.get('', {
    onRequest: app.authenticate,
    schema: { tags, summary: 'Planned demolitions of the caller’s municipality (administrators: all, or ?municipality=), each with its material estimate', security, querystring: plannedDemolitionListQuerySchema, response: { 200: plannedDemolitionListResponseSchema, ...errors } },
  }, async (request) => listPlannedDemolitions(app.db, request.actor, request.query));

  app.post('', {
    onRequest: app.authenticate,
    schema: { tags, summary: 'Register a building expected to be demolished', security, body: createPlannedDemolitionBodySchema, response: { 201: plannedDemolitionSchema, ...errors } },
  }, async (request, reply) => reply.code(201).send(await createPlannedDemolition(app.db, request.actor!, request.body)));

  app.post('/import', {
    onRequest: app.authenticate,
    schema: {
      tags,
      summary: 'Import planned demolitions from a BBR-like extract (CSV or XLSX): a dry run checks every row, a commit creates all rows or none',
      description:
        'multipart/form-data with the file in the field `file` (or the file as the raw body), at most 10 MB. Headers in Danish or English (also BBR field names); ' +
        'building use and wall material as words or BBR codes. A commit with invalid rows answers 422 with the row results and creates nothing.',
      security,
      consumes: ['multipart/form-data'],
      querystring: importQuerySchema,
      body: importFileBodySchema,
      response: {
        200: plannedDemolitionImportResultSchema.describe('dry run'),
        201: plannedDemolitionImportResultSchema.describe('committed: every row created'),
        413: errorResponseSchema,
        415: errorResponseSchema,
        422: plannedDemolitionImportRejectedSchema.describe('commit refused: some rows are invalid, nothing was created'),
        ...errors,
      },
    },
  }, async (request, reply) => {
    const result = await importPlannedDemolitions(app.db, request.actor!, { mode: request.query.mode, readFile: () => uploadedFile(request) });
    if (result.mode === 'commit' && result.invalid > 0) {
      const message = `${result.invalid} of ${result.total} rows have errors, so nothing was imported. Correct them and import the file again.`;
      return reply.code(422).send({ ...result, error: { code: 'VALIDATION' as const, message } });
    }
    return reply.code(result.mode === 'commit' ? 201 : 200).send(result);
  });

  app.get('/:id', {
    onRequest: app.authenticate,
    schema: { tags, summary: 'One planned demolition with its estimate', security, params: idParamsSchema, response: { 200: plannedDemolitionSchema, ...errors } },
  }, async (request) => getPlannedDemolition(app.db, request.actor, request.params.id));

  app.patch('/:id', {
    onRequest: app.authenticate,
    schema: { tags, summary: 'Change a planned demolition', security, params: idParamsSchema, body: updatePlannedDemolitionBodySchema, response: { 200: plannedDemolitionSchema, ...errors } },
  }, async (request) => changePlannedDemolition(app.db, request.actor!, request.params.id, request.body));

  app.delete('/:id', {
    onRequest: app.authenticate,
    schema: { tags, summary: 'Delete a planned demolition', security, params: idParamsSchema, response: { 204: z.null().describe('deleted'), ...errors } },
  }, async (request, reply) => {
    await removePlannedDemolition(app.db, request.actor!, request.params.id);
    return reply.code(204).send(null);
  });
}
