import type { FastifyInstance } from 'fastify';
import { categoryId, isoDay, projectBody, type Session } from './fixtures.ts';
import { json } from './test-app.ts';

/** A new project of the session's organisation with one published lot of bricks. */
export async function publishedLot(app: FastifyInstance, contractor: Session, quantity = '50', overrides: object = {}) {
  const project = await app.inject({ method: 'POST', url: '/api/projects', headers: contractor.headers, payload: projectBody() });
  if (project.statusCode !== 201) throw new Error(project.body);
  const res = await app.inject({
    method: 'POST',
    url: `/api/projects/${json(project).id}/lots`,
    headers: contractor.headers,
    payload: {
      categoryId: await categoryId(app, 'murvaerk-mursten'),
      title: 'Røde mursten',
      quantity,
      unit: 'pcs',
      condition: 'B',
      availableFrom: isoDay(0),
      pickUpBy: isoDay(30),
      status: 'published',
      ...overrides,
    },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return json(res) as { id: string; projectId: string; quantity: string; quantityLeft: string };
}

/** A pick-up time inside the lot's window. */
export const pickupAt = (days = 3) => new Date(Date.now() + days * 86_400_000).toISOString();
