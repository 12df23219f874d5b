import { asc, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupplyDemandReport } from '@byg360/shared';
import { places, wantedPosts } from '../../src/db/schema/index.ts';
import { categoryId, demoSession, organisationMember, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';

/**
 * Hørsholm (0223): potential supply in 2970, which has two known towns, and in 2960, which has
 * none; demand without a postcode. Bornholm (0400) is the demo data, placed by the seeded towns.
 */
let t: TestApp;
let planner: Session;
const HORSHOLM = { lat: 55.8806, lon: 12.5011 };

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.database.db;
  // Inserted out of name order: the position is the first town by name, not the first stored.
  await db.insert(places).values([
    { name: 'Usserød', postcode: '2970', municipalityCode: '0223', lat: 55.8736, lon: 12.4712 },
    { name: 'Hørsholm', postcode: '2970', municipalityCode: '0223', ...HORSHOLM },
  ]);
  planner = await organisationMember(t.app, { role: 'planner', kind: 'municipality', municipalityCode: '0223' });
  const year = new Date().getFullYear() + 1;
  for (const postcode of ['2970', '2960']) {
    const payload = { postcode, buildingUse: 'single_family', constructionType: 'brick', constructionYear: 1900, floorAreaM2: '100', expectedYear: year };
    const res = await t.app.inject({ method: 'POST', url: '/api/planned-demolitions', headers: planner.headers, payload });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
  const citizen = await demoSession(t.app, 'citizen');
  await db.insert(wantedPosts).values({
    userId: citizen.userId,
    categoryId: await categoryId(t.app, 'murvaerk-mursten'),
    title: 'Søges',
    quantity: '100',
    unit: 'pcs',
    lat: 55.88,
    lon: 12.5,
    radiusKm: '10',
    postcode: null,
    municipalityCode: '0223',
  });
});
afterAll(() => t.close());

const report = async (session: Session, query = ''): Promise<SupplyDemandReport> => {
  const res = await t.app.inject({ method: 'GET', url: `/api/reports/supply-demand${query}`, headers: session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return json(res);
};

describe('positions of the areas breakdown', () => {
  it('places each row of a postcode at its first town by name', async () => {
    const own = await report(planner);
    const rows = own.byArea.filter((r) => r.postcode === '2970');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.position).toEqual(HORSHOLM);
  });

  it('gives null for a postcode without a known town and for rows without a postcode', async () => {
    const own = await report(planner);
    const unknown = own.byArea.filter((r) => r.postcode === '2960');
    const withoutPostcode = own.byArea.filter((r) => r.postcode === null);
    expect(unknown.length).toBeGreaterThan(0);
    expect(withoutPostcode.length).toBeGreaterThan(0);
    for (const row of [...unknown, ...withoutPostcode]) expect(row.position).toBeNull();
  });

  it('adds positions to the areas breakdown only', async () => {
    const own = await report(planner);
    for (const row of [...own.byCategory, ...own.byPeriod]) expect(row).not.toHaveProperty('position');
  });

  it('places the demo postcodes by the seeded towns, and a planner of another municipality sees none of Hørsholm', async () => {
    const bornholm = await report(await demoSession(t.app, 'planner'));
    expect(bornholm.filters.municipality).toBe('0400');
    expect(bornholm.byArea.some((r) => r.postcode === '2970' || r.postcode === '2960')).toBe(false);
    expect(bornholm.byArea.some((r) => r.position?.lat === HORSHOLM.lat && r.position.lon === HORSHOLM.lon)).toBe(false);

    const postcodes = [...new Set(bornholm.byArea.flatMap((r) => (r.postcode ? [r.postcode] : [])))];
    expect(postcodes).toContain('3700'); // Rønne and Vestermarie share it
    const towns = await t.database.db.select().from(places).where(inArray(places.postcode, postcodes)).orderBy(asc(places.name));
    for (const row of bornholm.byArea.filter((r) => r.postcode !== null)) {
      const first = towns.find((p) => p.postcode === row.postcode);
      expect(row.position, row.postcode!).toEqual(first ? { lat: first.lat, lon: first.lon } : null);
    }
    expect(bornholm.byArea.find((r) => r.postcode === '3700')?.position).toEqual({ lat: 55.1, lon: 14.7 });
  });

  it('gives an administrator the positions of every municipality', async () => {
    const all = await report(await demoSession(t.app, 'admin'));
    expect(all.byArea.find((r) => r.postcode === '2970')?.position).toEqual(HORSHOLM);
    expect(all.byArea.find((r) => r.postcode === '3700')?.position).toEqual({ lat: 55.1, lon: 14.7 });
  });

  it('leaves the areas CSV as it was: no position columns', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reports/supply-demand?format=csv&locale=en&breakdown=areas', headers: planner.headers });
    const [header] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(',').slice(0, 2)).toEqual(['Postcode', 'Level']);
    expect(header).not.toMatch(/lat|lon|position/i);
  });
});
