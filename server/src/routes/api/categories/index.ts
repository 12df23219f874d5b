import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { categoryListResponseSchema } from '@byg360/shared';
import { listCategories } from '../../../categories/categories-repository.ts';

export default async function categoryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('', {
    schema: { tags: ['categories'], summary: 'The material taxonomy with units, factors and their sources', response: { 200: categoryListResponseSchema } },
  }, async () => ({ categories: await listCategories(app.db) }));
}
