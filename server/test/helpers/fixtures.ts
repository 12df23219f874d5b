import type { FastifyInstance } from 'fastify';
import { bearer, json, login, uniqueEmail } from './test-app.ts';

const PASSWORD = 'fixture password 123';

export interface Session {
  token: string;
  userId: string;
  organisationId: string | null;
  headers: { authorization: string };
}

async function registered(app: FastifyInstance, payload: object): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/register', payload: { password: PASSWORD, name: 'Fixture', email: uniqueEmail('fixture'), ...payload } });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const body = json(res);
  return { token: body.accessToken, userId: body.user.id, organisationId: body.user.organisation?.id ?? null, headers: bearer(body.accessToken) };
}

export async function demoSession(app: FastifyInstance, role: 'citizen' | 'contractor' | 'maker' | 'planner' | 'admin'): Promise<Session> {
  const { token, body } = await login(app, `${role}@demo.byg360.dk`);
  return { token, userId: body.user.id, organisationId: body.user.organisation?.id ?? null, headers: bearer(token) };
}

/** A member of a new organisation, verified by the demo admin unless told otherwise. */
export async function organisationMember(
  app: FastifyInstance,
  opts: { role: 'contractor' | 'maker' | 'planner'; kind: 'contractor' | 'recycling_station' | 'maker' | 'municipality'; municipalityCode?: string; verified?: boolean },
): Promise<Session> {
  const session = await registered(app, {
    role: opts.role,
    organisation: { create: { name: `Fixture ${opts.kind} ${Math.random().toString(36).slice(2, 8)}`, kind: opts.kind, municipalityCode: opts.municipalityCode ?? '0400' } },
  });
  if (opts.verified !== false) {
    const admin = await demoSession(app, 'admin');
    const res = await app.inject({ method: 'POST', url: `/api/admin/organisations/${session.organisationId}/verify`, headers: admin.headers });
    if (res.statusCode !== 200) throw new Error(`verify failed: ${res.statusCode} ${res.body}`);
  }
  return session;
}

export const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export function projectBody(overrides: object = {}) {
  return {
    title: 'Nedrivning af stuehus, Hasle',
    address: 'Storegade 1',
    postcode: '3790',
    municipalityCode: '0400',
    buildingUse: 'single_family',
    constructionYear: 1920,
    floorAreaM2: '140,5',
    harvestFrom: isoDay(-1),
    harvestTo: isoDay(60),
    screening: { done: true, date: isoDay(-20), reportRef: 'R-1', findings: { asbestos: false, pcb: false, lead: false, other: null } },
    ...overrides,
  };
}

export async function categoryId(app: FastifyInstance, slug: string): Promise<string> {
  const { categories } = json(await app.inject({ method: 'GET', url: '/api/categories' }));
  const found = categories.find((c: { slug: string }) => c.slug === slug);
  if (!found) throw new Error(`no category ${slug}`);
  return found.id;
}
