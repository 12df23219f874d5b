import type { FastifyInstance } from 'fastify';
import { categoryId, isoDay, projectBody, type Session } from '../helpers/fixtures.ts';
import { json } from '../helpers/test-app.ts';

/**
 * Projects and lots made through the API, in an area of West Jutland far from the Bornholm demo
 * data, so that a bbox around it sees only what a test made.
 */
export const AREA = { minLon: 8.0, minLat: 55.9, maxLon: 8.4, maxLat: 56.1 };
export const AREA_BBOX = `${AREA.minLon},${AREA.minLat},${AREA.maxLon},${AREA.maxLat}`;

export interface ProjectSpec {
  lat: number;
  lon: number;
  municipalityCode?: string;
  postcode?: string;
  screened?: boolean;
}

export async function makeProject(app: FastifyInstance, owner: Session, spec: ProjectSpec): Promise<string> {
  const screened = spec.screened ?? true;
  const res = await app.inject({
    method: 'POST',
    url: '/api/projects',
    headers: owner.headers,
    payload: projectBody({
      title: `Testprojekt ${spec.lat},${spec.lon}`,
      postcode: spec.postcode ?? '6950',
      municipalityCode: spec.municipalityCode ?? '0760',
      city: 'Ringkøbing',
      lat: spec.lat,
      lon: spec.lon,
      harvestFrom: isoDay(-30),
      harvestTo: isoDay(120),
      screening: screened
        ? { done: true, date: isoDay(-20), reportRef: 'R-1', findings: { asbestos: false, pcb: false, lead: false, other: null } }
        : { done: false, date: null, reportRef: null, findings: { asbestos: false, pcb: false, lead: false, other: null } },
    }),
  });
  if (res.statusCode !== 201) throw new Error(`project: ${res.statusCode} ${res.body}`);
  return json(res).id;
}

export interface LotSpec {
  title: string;
  category: string;
  description?: string | null;
  condition?: 'A' | 'B' | 'C';
  priceDkk?: string;
  quantity?: string;
  unit?: string;
  availableFrom?: string | null;
  pickUpBy?: string | null;
  status?: 'draft' | 'published';
}

/** Category ids by slug, per app: each test app has its own database. */
const categoryIdsByApp = new WeakMap<FastifyInstance, Map<string, string>>();

export async function makeLot(app: FastifyInstance, owner: Session, projectId: string, spec: LotSpec): Promise<string> {
  const categoryIds = categoryIdsByApp.get(app) ?? new Map<string, string>();
  categoryIdsByApp.set(app, categoryIds);
  if (!categoryIds.has(spec.category)) categoryIds.set(spec.category, await categoryId(app, spec.category));
  const res = await app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/lots`,
    headers: owner.headers,
    payload: {
      categoryId: categoryIds.get(spec.category),
      title: spec.title,
      description: spec.description ?? null,
      quantity: spec.quantity ?? '100',
      unit: spec.unit ?? defaultUnit(spec.category),
      condition: spec.condition ?? 'B',
      priceDkk: spec.priceDkk ?? '0',
      availableFrom: spec.availableFrom === undefined ? isoDay(0) : spec.availableFrom,
      pickUpBy: spec.pickUpBy === undefined ? isoDay(30) : spec.pickUpBy,
      status: spec.status ?? 'published',
    },
  });
  if (res.statusCode !== 201) throw new Error(`lot ${spec.title}: ${res.statusCode} ${res.body}`);
  return json(res).id;
}

function defaultUnit(slug: string) {
  if (slug.startsWith('konstruktionstrae')) return 'm3';
  if (slug.startsWith('gulve') || slug.startsWith('belaegning') || slug.startsWith('tag')) return 'm2';
  return 'pcs';
}

export async function search(app: FastifyInstance, params: Record<string, string | number | boolean>) {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  const res = await app.inject({ method: 'GET', url: `/api/search?${qs}` });
  if (res.statusCode !== 200) throw new Error(`search ${qs}: ${res.statusCode} ${res.body}`);
  return json(res) as import('@byg360/shared').SearchResponse;
}
