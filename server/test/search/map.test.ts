import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapClustersResponse } from '@byg360/shared';
import { cellsPerWorld, MAX_CELLS_PER_AXIS } from '../../src/search/map-clusters.ts';
import { organisationMember, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';
import { AREA_BBOX, makeLot, makeProject, search } from './search-fixtures.ts';

let t: TestApp;
let contractor: Session;

const materials = [
  { title: 'Røde mursten', category: 'murvaerk-mursten', condition: 'A' as const, priceDkk: '0' },
  { title: 'Tagsten', category: 'tag-tegltagsten', condition: 'B' as const, priceDkk: '5' },
  { title: 'Bjælker i fyr', category: 'konstruktionstrae-bjaelker', condition: 'C' as const, priceDkk: '500' },
];

beforeAll(async () => {
  t = await buildTestApp();
  contractor = await organisationMember(t.app, { role: 'contractor', kind: 'contractor' });
  // 12 projects on a small grid in West Jutland, a few lots each.
  for (let i = 0; i < 12; i++) {
    const project = await makeProject(t.app, contractor, { lat: 55.92 + (i % 4) * 0.05, lon: 8.03 + Math.floor(i / 4) * 0.12 });
    for (let k = 0; k <= i % 3; k++) await makeLot(t.app, contractor, project, materials[(i + k) % 3]!);
  }
});
afterAll(() => t.close());

async function clusters(params: Record<string, string | number>): Promise<MapClustersResponse> {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  const res = await t.app.inject({ method: 'GET', url: `/api/map/clusters?${qs}` });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return json(res);
}

const counted = (fc: MapClustersResponse) => fc.features.reduce((sum, f) => sum + (f.properties.cluster ? f.properties.count : 1), 0);

describe('map clusters', () => {
  it.each([
    [{ zoom: 6 }],
    [{ zoom: 9 }],
    [{ zoom: 11 }],
    [{ zoom: 13 }],
    [{ zoom: 17 }],
    [{ zoom: 10, condition: 'A,C' }],
    [{ zoom: 10, q: 'mursten' }],
    [{ zoom: 12, category: 'tag', maxPrice: 10 }],
    [{ zoom: 10, q: 'murstne' }],
  ])('adds up to the search total for the same filters in the view (%j)', async (params) => {
    const fc = await clusters({ bbox: AREA_BBOX, ...params });
    const { zoom: _zoom, ...filters } = params as Record<string, string | number>;
    const { total } = await search(t.app, { bbox: AREA_BBOX, ...filters });
    expect(total).toBeGreaterThan(0);
    expect(fc.total).toBe(total);
    expect(counted(fc)).toBe(total);
  });

  it('gives clusters their count by top-level category and their extent', async () => {
    const fc = await clusters({ bbox: AREA_BBOX, zoom: 6 });
    const cluster = fc.features.find((f) => f.properties.cluster);
    expect(cluster).toBeDefined();
    if (!cluster?.properties.cluster) return;
    const byCategory = Object.values(cluster.properties.categories).reduce((a, b) => a + b, 0);
    expect(byCategory).toBe(cluster.properties.count);
    expect(Object.keys(cluster.properties.categories).every((slug) => !slug.includes('-'))).toBe(true);
    const [minLon, minLat, maxLon, maxLat] = cluster.properties.bbox;
    const [lon, lat] = cluster.geometry.coordinates;
    expect(lon).toBeGreaterThanOrEqual(minLon);
    expect(lon).toBeLessThanOrEqual(maxLon);
    expect(lat).toBeGreaterThanOrEqual(minLat);
    expect(lat).toBeLessThanOrEqual(maxLat);
  });

  it('shows single lots with what the marker needs, all of them when zoomed in', async () => {
    const fc = await clusters({ bbox: AREA_BBOX, zoom: 17 });
    expect(fc.features.every((f) => !f.properties.cluster)).toBe(true);
    const lot = fc.features[0]!;
    if (lot.properties.cluster) throw new Error('expected a lot');
    expect(lot.properties).toMatchObject({ cluster: false, title: expect.any(String), category: expect.stringMatching(/-/), quantityLeft: '100', coverThumbnailUrl: null });
    expect(lot.properties.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never returns more than a few hundred features, whatever the view', async () => {
    for (const [bbox, zoom] of [['7.9,54.4,15.3,57.9', 22], ['8,55.9,8.4,56.1', 22], ['-180,-85,180,85', 3]] as const) {
      const cells = cellsPerWorld(
        { minLon: Number(bbox.split(',')[0]), minLat: Number(bbox.split(',')[1]), maxLon: Number(bbox.split(',')[2]), maxLat: Number(bbox.split(',')[3]) },
        zoom,
      );
      const worldCells = (Number(bbox.split(',')[2]) - Number(bbox.split(',')[0])) / 360 * cells;
      expect(worldCells).toBeLessThanOrEqual(MAX_CELLS_PER_AXIS);
      const fc = await clusters({ bbox, zoom: zoom >= 16 ? 15 : zoom });
      expect(fc.features.length).toBeLessThanOrEqual((MAX_CELLS_PER_AXIS + 1) ** 2);
    }
  });

  it('uses cells that line up across pans: a power of two per world, four per tile at the zoom', () => {
    expect(cellsPerWorld({ minLon: 8.0, minLat: 55.9, maxLon: 8.01, maxLat: 55.91 }, 10)).toBe(2 ** 12);
    expect(cellsPerWorld({ minLon: 8.0, minLat: 55.9, maxLon: 8.4, maxLat: 56.1 }, 10)).toBe(2 ** 12);
    expect(cellsPerWorld({ minLon: 8.0, minLat: 55.9, maxLon: 15.0, maxLat: 57.8 }, 12)).toBeLessThan(2 ** 14);
  });

  it('refuses a request without a view or zoom', async () => {
    for (const qs of ['zoom=10', `bbox=${AREA_BBOX}`, `bbox=${AREA_BBOX}&zoom=23`, `bbox=${AREA_BBOX}&zoom=x`]) {
      expect((await t.app.inject({ method: 'GET', url: `/api/map/clusters?${qs}` })).statusCode, qs).toBe(400);
    }
  });
});
