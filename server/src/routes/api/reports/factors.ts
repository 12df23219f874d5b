import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { categorySchema, idParamsSchema, materialIntensityListResponseSchema, materialIntensitySchema, updateCategoryFactorsBodySchema, updateMaterialIntensityBodySchema } from '@byg360/shared';
import { changeCategoryFactors, changeMaterialIntensity, listMaterialIntensities } from '../../../reports/factors-service.ts';
import { bearer, errorResponses } from '../../openapi.ts';

/** The factors behind the reports: public to read (every figure must be checkable), editable by administrators with a source. Registered under /api. */
export default async function factorRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/material-intensities', {
    schema: { tags: ['reports'], summary: 'Material intensities (kg per m² by building archetype and category) with their sources', response: { 200: materialIntensityListResponseSchema } },
  }, async () => ({ materialIntensities: await listMaterialIntensities(app.db) }));

  app.patch('/admin/material-intensities/:id', {
    onRequest: app.requireRole('admin'),
    schema: { tags: ['admin'], summary: 'Change a material intensity; a new kg/m² needs its source', security: bearer, params: idParamsSchema, body: updateMaterialIntensityBodySchema, response: { 200: materialIntensitySchema, ...errorResponses } },
  }, async (request) => changeMaterialIntensity(app.db, request.params.id, request.body));

  app.patch('/admin/categories/:id', {
    onRequest: app.requireRole('admin'),
    schema: { tags: ['admin'], summary: 'Change a category’s factors (kg per unit, CO2e per kg and its scope, EWC code); a changed factor needs its source', security: bearer, params: idParamsSchema, body: updateCategoryFactorsBodySchema, response: { 200: categorySchema, ...errorResponses } },
  }, async (request) => changeCategoryFactors(app.db, request.params.id, request.body));
}
