import { eq, sql } from 'drizzle-orm';
import { lots, reservations, wantedPosts } from '../../src/db/schema/index.ts';
import { categoryId, demoSession, organisationMember, projectBody, type Session } from '../helpers/fixtures.ts';
import { pickupAt } from '../helpers/lots.ts';
import { json, type TestApp } from '../helpers/test-app.ts';

/**
 * A small municipality (Hørsholm, 0223) with hand-countable data across 2024–2025 and two
 * postcodes (2970, 2960); the expected figures are worked out in supply-demand.test.ts.
 *
 * Projects: A (2970), B (2960), C (2970, completed). Lots:
 * - L1 A bricks 1,000 pcs, published 2024-03-31 23:30 Danish time (Q1)
 * - L2 A granite 10 m³, published 2024-07-01, titled as a spreadsheet formula
 * - L3 B bricks 500 pcs, published 2025-02-10
 * - L4 B facing bricks 200 kg, published 2025-05-05
 * - L5 A clay roof tiles 40 m², a draft
 * - L6 C Hasle klinker 800 pcs, published 2024-05-01; outcome 2025-01-20: 600 / 150 / 50
 * - L7 C granite 3 m³, published 2024-05-01; outcome 2025-01-20: 2 / 0 / 1
 * Reservations: R1 L1 300 accepted (requested 2024-04-01 00:30 Danish time, Q2); R2 L1 100 pending (2024-04-10);
 * R3 L1 200 collected 2024-05-20; R4 L2 2 declined; R5 L3 50 cancelled; R6 L2 4 collected 2025-03-01.
 * Wanted: W1 bricks 2,000 pcs 2970 2024-03-01 open; W2 granite 5 m³ 2960 2025-04-01 open; W3 bricks 100 pcs 2970
 * closed; W4 roof tiles 30 m² 2970 2025-06-01 fulfilled; W5 bricks without quantity 2960 2025-01-01 open.
 * Planned demolitions: P1 2970 single-family brick 1900, 100 m², 2025; P2 2960 farm rubble stone 1880, 50 m², 2026;
 * P3 2960 single-family half-timbered 1850, 80 m², 2024.
 */
export interface Fixture {
  planner: Session;
  contractor: Session;
  citizen: Session;
  admin: Session;
  projects: { A: { id: string; lat: number; lon: number }; B: { id: string }; C: { id: string } };
  lots: Record<'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'L7', string>;
  unverifiedProjectId: string;
}

export const FORMULA_TITLE = '=HYPERLINK("http://evil.example","Klik her")';

export async function buildFixture(t: TestApp): Promise<Fixture> {
  const { app } = t;
  const db = t.database.db;
  const admin = await demoSession(app, 'admin');
  const citizen = await demoSession(app, 'citizen');
  const contractor = await organisationMember(app, { role: 'contractor', kind: 'contractor', municipalityCode: '0223' });
  const planner = await organisationMember(app, { role: 'planner', kind: 'municipality', municipalityCode: '0223' });
  const slugs = ['murvaerk-mursten', 'murvaerk-facadesten', 'murvaerk-hasle-klinker', 'natursten-granit', 'tag-tegltagsten'] as const;
  const cat = Object.fromEntries(await Promise.all(slugs.map(async (s) => [s, await categoryId(app, s)] as const))) as Record<(typeof slugs)[number], string>;

  const project = async (postcode: string, lat: number, lon: number, title: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/projects', headers: contractor.headers, payload: projectBody({ title, postcode, municipalityCode: '0223', lat, lon }) });
    if (res.statusCode !== 201) throw new Error(res.body);
    return { id: json(res).id as string, lat, lon };
  };
  const A = await project('2970', 55.8812, 12.5083, 'Villa i Hørsholm');
  const B = await project('2960', 55.8837, 12.5516, 'Rækkehus i Rungsted');
  const C = await project('2970', 55.8701, 12.4905, 'Landejendom ved Usserød');

  const lot = async (projectId: string, categorySlug: (typeof slugs)[number], quantity: string, unit: string, status: 'published' | 'draft', title = 'Materialer fra nedrivning') => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/projects/${projectId}/lots`,
      headers: contractor.headers,
      payload: { categoryId: cat[categorySlug], title, quantity, unit, condition: 'B', status },
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return json(res).id as string;
  };
  const L1 = await lot(A.id, 'murvaerk-mursten', '1000', 'pcs', 'published', 'Røde mursten');
  const L2 = await lot(A.id, 'natursten-granit', '10', 'm3', 'published', FORMULA_TITLE);
  const L3 = await lot(B.id, 'murvaerk-mursten', '500', 'pcs', 'published');
  const L4 = await lot(B.id, 'murvaerk-facadesten', '200', 'kg', 'published');
  const L5 = await lot(A.id, 'tag-tegltagsten', '40', 'm2', 'draft');
  const L6 = await lot(C.id, 'murvaerk-hasle-klinker', '800', 'pcs', 'published');
  const L7 = await lot(C.id, 'natursten-granit', '3', 'm3', 'published');

  const reserve = async (lotId: string, quantity: string) => {
    const res = await app.inject({ method: 'POST', url: `/api/lots/${lotId}/reservations`, headers: citizen.headers, payload: { quantity, pickupAt: pickupAt() } });
    if (res.statusCode !== 201) throw new Error(res.body);
    return json(res).id as string;
  };
  const act = async (id: string, action: 'accept' | 'decline' | 'cancel' | 'collect', s: Session = contractor) => {
    const res = await app.inject({ method: 'POST', url: `/api/reservations/${id}/${action}`, headers: s.headers, payload: {} });
    if (res.statusCode !== 200) throw new Error(`${action}: ${res.body}`);
  };
  const R1 = await reserve(L1, '300');
  await act(R1, 'accept');
  const R2 = await reserve(L1, '100');
  const R3 = await reserve(L1, '200');
  await act(R3, 'accept');
  await act(R3, 'collect');
  const R4 = await reserve(L2, '2');
  await act(R4, 'decline');
  const R5 = await reserve(L3, '50');
  await act(R5, 'cancel', citizen);
  const R6 = await reserve(L2, '4');
  await act(R6, 'accept');
  await act(R6, 'collect');

  const complete = await app.inject({ method: 'PATCH', url: `/api/projects/${C.id}`, headers: contractor.headers, payload: { status: 'completed' } });
  if (complete.statusCode !== 200) throw new Error(complete.body);
  for (const [id, outcome] of [
    [L6, { reused: '600', recycled: '150', disposed: '50' }],
    [L7, { reused: '2', recycled: '0', disposed: '1' }],
  ] as const) {
    const res = await app.inject({ method: 'PUT', url: `/api/lots/${id}/outcome`, headers: contractor.headers, payload: outcome });
    if (res.statusCode !== 200) throw new Error(res.body);
  }

  // The events happened over two years: put them in their place in time.
  const at = (iso: string) => new Date(iso);
  for (const [id, published] of [
    [L1, '2024-03-31T21:30:00Z'],
    [L2, '2024-07-01T10:00:00Z'],
    [L3, '2025-02-10T10:00:00Z'],
    [L4, '2025-05-05T10:00:00Z'],
    [L6, '2024-05-01T10:00:00Z'],
    [L7, '2024-05-01T10:00:00Z'],
  ] as const) {
    await db.update(lots).set({ publishedAt: at(published) }).where(eq(lots.id, id));
  }
  await db.update(lots).set({ outcomeRecordedAt: at('2025-01-20T10:00:00Z') }).where(sql`${lots.id} in (${L6}, ${L7})`);
  for (const [id, created, updated] of [
    [R1, '2024-03-31T22:30:00Z', '2024-04-02T10:00:00Z'],
    [R2, '2024-04-10T10:00:00Z', '2024-04-10T10:00:00Z'],
    [R3, '2024-04-05T10:00:00Z', '2024-05-20T10:00:00Z'],
    [R4, '2024-07-05T10:00:00Z', '2024-07-06T10:00:00Z'],
    [R5, '2025-02-11T10:00:00Z', '2025-02-12T10:00:00Z'],
    [R6, '2024-12-01T10:00:00Z', '2025-03-01T10:00:00Z'],
  ] as const) {
    await db.update(reservations).set({ createdAt: at(created), updatedAt: at(updated) }).where(eq(reservations.id, id));
  }

  const wanted = (categorySlug: (typeof slugs)[number], quantity: string | null, unit: 'pcs' | 'm3' | 'm2' | null, postcode: string, created: string, status: 'open' | 'closed' | 'fulfilled') => ({
    userId: citizen.userId,
    categoryId: cat[categorySlug],
    title: 'Søges',
    quantity,
    unit,
    lat: 55.88,
    lon: 12.5,
    radiusKm: '10',
    postcode,
    municipalityCode: '0223',
    status,
    createdAt: at(created),
    updatedAt: at(created),
  });
  await db.insert(wantedPosts).values([
    wanted('murvaerk-mursten', '2000', 'pcs', '2970', '2024-03-01T10:00:00Z', 'open'),
    wanted('natursten-granit', '5', 'm3', '2960', '2025-04-01T10:00:00Z', 'open'),
    wanted('murvaerk-mursten', '100', 'pcs', '2970', '2024-06-01T10:00:00Z', 'closed'),
    wanted('tag-tegltagsten', '30', 'm2', '2970', '2025-06-01T10:00:00Z', 'fulfilled'),
    wanted('murvaerk-mursten', null, null, '2960', '2025-01-01T10:00:00Z', 'open'),
  ]);

  for (const payload of [
    { postcode: '2970', buildingUse: 'single_family', constructionType: 'brick', constructionYear: 1900, floorAreaM2: '100', expectedYear: 2025 },
    { postcode: '2960', buildingUse: 'farm', constructionType: 'rubble_stone', constructionYear: 1880, floorAreaM2: '50', expectedYear: 2026 },
    { postcode: '2960', buildingUse: 'single_family', constructionType: 'half_timbered', constructionYear: 1850, floorAreaM2: '80', expectedYear: 2024 },
  ]) {
    const res = await app.inject({ method: 'POST', url: '/api/planned-demolitions', headers: planner.headers, payload });
    if (res.statusCode !== 201) throw new Error(res.body);
  }

  // A completed project of an organisation that is not verified yet: not public learning material.
  const unverified = await organisationMember(app, { role: 'contractor', kind: 'contractor', municipalityCode: '0223', verified: false });
  const hidden = json(await app.inject({ method: 'POST', url: '/api/projects', headers: unverified.headers, payload: projectBody({ municipalityCode: '0223', postcode: '2970', lat: 55.88, lon: 12.5 }) })).id;
  await app.inject({ method: 'PATCH', url: `/api/projects/${hidden}`, headers: unverified.headers, payload: { status: 'completed' } });

  return { planner, contractor, citizen, admin, projects: { A, B, C }, lots: { L1, L2, L3, L4, L5, L6, L7 }, unverifiedProjectId: hidden };
}
