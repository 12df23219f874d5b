import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorResponseSchema,
  learningCaseDetailSchema,
  learningCaseListQuerySchema,
  learningCaseListResponseSchema,
  supplyDemandQuerySchema,
  supplyDemandReportSchema,
} from '@byg360/shared';
import { getLearningCase, listLearningCases } from '../../../reports/learning-cases-service.ts';
import { supplyDemandExport } from '../../../reports/supply-demand-export.ts';
import { buildSupplyDemandReport, resolveReportScope } from '../../../reports/supply-demand-service.ts';
import { bearer, errorResponses, optionalBearer } from '../../openapi.ts';
import exportRoutes from '../exports/index.ts';
import factorRoutes from './factors.ts';
import { sendFile } from './send-file.ts';

/** Reports (supply vs demand, learning cases), their exports, and the factors behind them. Registered under /api. */
export default async function reportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];

  app.get('/reports/supply-demand', {
    onRequest: app.authenticate,
    schema: {
      tags,
      summary: 'Supply vs demand by category, period and postcode, in the lots’ unit, tonnes and t CO2e (format=json|csv|xlsx)',
      description:
        'Planners: their municipality; administrators: all or ?municipality=. CSV: one breakdown per file (?breakdown=), UTF-8 with BOM; ' +
        'locale=da (default) uses semicolons and decimal commas, locale=en commas and points. XLSX: a sheet per breakdown, the lots, and the factors with their sources. Files are streamed.',
      security: bearer,
      querystring: supplyDemandQuerySchema,
      produces: ['application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      response: { 200: supplyDemandReportSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { format, locale, breakdown } = request.query;
    const scope = await resolveReportScope(app.db, request.actor, request.query);
    if (format === 'json') return buildSupplyDemandReport(app.db, scope);
    return sendFile(reply, await supplyDemandExport(app.db, scope, format, locale, breakdown));
  });

  app.get('/reports/learning-cases', {
    onRequest: app.identify,
    schema: { tags, summary: 'Completed demolitions as learning cases, with a summary by EWC code and category', security: optionalBearer, querystring: learningCaseListQuerySchema, response: { 200: learningCaseListResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema } },
  }, async (request) => listLearningCases(app.db, request.actor, request.query));

  app.get('/reports/learning-cases/:projectId', {
    onRequest: app.identify,
    schema: { tags, summary: 'One learning case: what was harvested and what became of it', security: optionalBearer, params: z.object({ projectId: z.uuid() }), response: { 200: learningCaseDetailSchema, ...errorResponses } },
  }, async (request) => getLearningCase(app.db, request.actor, request.params.projectId));

  await fastify.register(factorRoutes);
  await fastify.register(exportRoutes, { prefix: '/exports' });
}
