import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportMeasures, type ReportRow, type SupplyDemandReport } from '@byg360/shared';
import { exactSum } from '../../src/lib/decimal.ts';
import { demoSession } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';
import { buildFixture, FORMULA_TITLE, type Fixture } from './fixture.ts';

let t: TestApp;
let f: Fixture;
let report: SupplyDemandReport;
const PERIOD = 'from=2024-01-01&to=2025-12-31';

beforeAll(async () => {
  t = await buildTestApp({ earlyAccessHours: 0 });
  f = await buildFixture(t);
  report = json(await get(`/api/reports/supply-demand?${PERIOD}`));
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = f.planner.headers) => t.app.inject({ method: 'GET', url, headers });
const find = (rows: ReportRow[], level: ReportRow['level'], slug: string | null = null, where: Partial<ReportRow> = {}) => {
  const found = rows.filter((r) => r.level === level && (slug === null || r.categorySlug === slug) && Object.entries(where).every(([k, v]) => r[k as keyof ReportRow] === v));
  expect(found, `${level} ${slug} ${JSON.stringify(where)}`).toHaveLength(1);
  return found[0]!;
};
const m = (quantity: string | null, t: string, tCo2e = '0') => ({ quantity, t, tCo2e });
const zero = m('0', '0', '0');

/** Every coarser row is the exact sum of the finer ones: categories → group → total, in every breakdown and across breakdowns. */
function expectAdditive(r: SupplyDemandReport) {
  const sumOf = (rows: ReportRow[], pick: (row: ReportRow) => string | null) => exactSum(rows.map(pick));
  const expectSum = (whole: ReportRow, parts: ReportRow[]) => {
    for (const measure of reportMeasures) {
      expect(whole.measures[measure].t, `${whole.level} ${whole.categorySlug} ${measure} t`).toBe(sumOf(parts, (p) => p.measures[measure].t));
      expect(whole.measures[measure].tCo2e, `${measure} tCo2e`).toBe(sumOf(parts, (p) => p.measures[measure].tCo2e));
      if (whole.measures[measure].quantity !== null) expect(whole.measures[measure].quantity).toBe(sumOf(parts, (p) => p.measures[measure].quantity));
    }
    for (const k of ['lotsListed', 'wantedPosts', 'withoutMass'] as const) expect(whole[k]).toBe(parts.reduce((n, p) => n + p[k], 0));
  };
  for (const rows of [r.byCategory, r.byPeriod, r.byArea]) {
    const slices = new Map<string, ReportRow[]>();
    for (const row of rows) slices.set(`${row.period}|${row.postcode}`, [...(slices.get(`${row.period}|${row.postcode}`) ?? []), row]);
    for (const slice of slices.values()) {
      const groups = slice.filter((x) => x.level === 'group');
      for (const g of groups) expectSum(g, slice.filter((x) => x.level === 'category' && x.groupSlug === g.categorySlug));
      expectSum(slice.find((x) => x.level === 'total')!, groups);
    }
  }
  for (const whole of r.byCategory) {
    const same = (x: ReportRow) => x.level === whole.level && x.categorySlug === whole.categorySlug;
    expectSum(whole, r.byPeriod.filter(same));
    expectSum(whole, r.byArea.filter(same));
  }
}

describe('supply-demand report, against the hand-computed fixture', () => {
  it('bricks: potential from the planned demolitions, listed, reserved, collected, demand and unmet demand', () => {
    const bricks = find(report.byCategory, 'category', 'murvaerk-mursten');
    expect(bricks.unit).toBe('pcs');
    expect(bricks.measures).toEqual({
      // P1 100 m² × 2,219 + P3 80 m² × 2,390 = 221,900 + 191,200 kg = 413.1 t = 110,950 + 95,600 bricks of 2 kg; × 0.2553 kg CO2e/kg.
      potential: m('206550', '413.1', '105.46443'),
      // L1 1,000 + L3 500 bricks × 2 kg = 3 t; × 0.2553 = 0.7659 t CO2e.
      listed: m('1500', '3', '0.7659'),
      // R1 300 accepted + R2 100 pending (R5 cancelled does not count).
      reserved: m('400', '0.8', '0.20424'),
      collected: m('200', '0.4', '0.10212'),
      reused: zero,
      recycled: zero,
      disposed: zero,
      // W1 2,000 (W3 is closed; W5 has no quantity).
      demand: m('2000', '4', '1.0212'),
      // 2970 in 2024: 2,000 − 400 − 200.
      unmet: m('1400', '2.8', '0.71484'),
    });
    expect(bricks).toMatchObject({ reuseRate: null, lotsListed: 2, wantedPosts: 2, withoutMass: 0, groupSlug: 'murvaerk', ewcCode: '17 01 02' });
  });

  it('Hasle klinker: the outcome of the completed project and its reuse rate', () => {
    const klinker = find(report.byCategory, 'category', 'murvaerk-hasle-klinker');
    // 800 × 2.4 kg = 1.92 t; 600 / 150 / 50 reused / recycled / disposed; × 0.2683 kg CO2e/kg.
    expect(klinker.measures.listed).toEqual(m('800', '1.92', '0.515136'));
    expect(klinker.measures.reused).toEqual(m('600', '1.44', '0.386352'));
    expect(klinker.measures.recycled).toEqual(m('150', '0.36', '0.096588'));
    expect(klinker.measures.disposed).toEqual(m('50', '0.12', '0.032196'));
    expect(klinker.reuseRate).toBe('0.7500');
  });

  it('granite: unmet demand is counted where the demand is (per postcode), and no factor means no CO2e', () => {
    const granite = find(report.byCategory, 'category', 'natursten-granit');
    expect(granite.unit).toBe('m3');
    expect(granite.measures).toMatchObject({
      listed: m('13', '35.1'), // L2 10 + L7 3 m³ × 2,700 kg
      reserved: zero, // R4 was declined
      collected: m('4', '10.8'),
      reused: m('2', '5.4'),
      disposed: m('1', '2.7'),
      demand: m('5', '13.5'),
      // W2 wants 5 m³ in 2960; the 4 m³ collected were in 2970, so all 5 are unmet.
      unmet: m('5', '13.5'),
    });
    expect(granite.reuseRate).toBe('0.6667');
    expect(find(report.byArea, 'category', 'natursten-granit', { postcode: '2970' }).measures.unmet).toEqual(zero);
  });

  it('a group mixing units has no quantity, only tonnes; categories keep theirs', () => {
    const group = find(report.byCategory, 'group', 'murvaerk');
    expect(group.unit).toBeNull();
    expect(group.measures.listed).toEqual(m(null, '5.12', '1.332096'));
    expect(find(report.byCategory, 'category', 'murvaerk-facadesten').measures.listed).toEqual(m('200', '0.2', '0.05106'));
    expect(group.reuseRate).toBe('0.7500');
    expect(find(report.byCategory, 'category', 'konstruktionstrae-bjaelker').measures.potential).toEqual(m('54.072', '22.44'));
    expect(find(report.byCategory, 'category', 'tag-tegltagsten').measures.demand).toEqual(m('30', '1.5', '0.63'));
  });

  it('totals', () => {
    const total = find(report.byCategory, 'total');
    expect(total.measures).toEqual({
      potential: m(null, '435.54', '105.46443'),
      listed: m(null, '40.22', '1.332096'),
      reserved: m(null, '0.8', '0.20424'),
      collected: m(null, '11.2', '0.10212'),
      reused: m(null, '6.84', '0.386352'),
      recycled: m(null, '0.36', '0.096588'),
      disposed: m(null, '2.82', '0.032196'),
      demand: m(null, '19', '1.6512'),
      unmet: m(null, '17.8', '1.34484'),
    });
    expect(total).toMatchObject({ reuseRate: '0.6826', lotsListed: 6, wantedPosts: 4, withoutMass: 0 });
    expect(report.plannedDemolitions).toEqual({ count: 2, withoutEstimate: 0 }); // P2 is expected in 2026
  });

  it('by year and by postcode', () => {
    expect(report.periods.map((p) => p.key)).toEqual(['2024', '2025']);
    expect(find(report.byPeriod, 'total', null, { period: '2024' }).measures).toMatchObject({ potential: { t: '206.64' }, listed: { t: '39.02' }, demand: { t: '4' }, unmet: { t: '2.8' } });
    expect(find(report.byPeriod, 'total', null, { period: '2025' }).measures).toMatchObject({ potential: { t: '228.9' }, listed: { t: '1.2' }, collected: { t: '10.8' }, demand: { t: '15' }, unmet: { t: '15' } });
    expect(find(report.byArea, 'total', null, { postcode: '2960' }).measures).toMatchObject({ potential: { t: '206.64' }, listed: { t: '1.2' }, demand: { t: '13.5' }, unmet: { t: '13.5' } });
    expect(find(report.byArea, 'total', null, { postcode: '2970' }).measures).toMatchObject({ potential: { t: '228.9' }, collected: { t: '11.2' }, demand: { t: '5.5' }, unmet: { t: '4.3' } });
  });

  it('every total is the exact sum of its parts, in every breakdown', () => {
    expectAdditive(report);
  });

  it('counts days in Danish time: by quarter, a lot published at 23:30 on 31 March is Q1, a request at 00:30 on 1 April Q2', async () => {
    const quarterly: SupplyDemandReport = json(await get(`/api/reports/supply-demand?${PERIOD}&granularity=quarter&category=murvaerk-mursten`));
    expect(quarterly.periods).toHaveLength(8);
    expect(find(quarterly.byPeriod, 'category', 'murvaerk-mursten', { period: '2024-Q1' }).measures).toMatchObject({ listed: { quantity: '1000' }, reserved: { quantity: '0' }, demand: { quantity: '2000' } });
    expect(find(quarterly.byPeriod, 'category', 'murvaerk-mursten', { period: '2024-Q2' }).measures).toMatchObject({ reserved: { quantity: '400' }, collected: { quantity: '200' } });
    expectAdditive(quarterly);
    const monthly: SupplyDemandReport = json(await get(`/api/reports/supply-demand?from=2024-03-15&to=2024-04-30&granularity=month`));
    expect(monthly.periods.map((p) => p.key)).toEqual(['2024-03', '2024-04']);
  });

  it('filters by postcode, category (a group includes its subcategories) and period', async () => {
    const rungsted: SupplyDemandReport = json(await get(`/api/reports/supply-demand?${PERIOD}&postcode=2960`));
    expect(find(rungsted.byCategory, 'total').measures).toMatchObject({ potential: { t: '206.64' }, listed: { t: '1.2' }, unmet: { t: '13.5' } });
    const stone: SupplyDemandReport = json(await get(`/api/reports/supply-demand?${PERIOD}&category=natursten`));
    expect(stone.byCategory.map((r) => r.categorySlug)).toEqual(['natursten', 'natursten-granit', null]);
    expect(find(stone.byCategory, 'total').measures.listed.t).toBe('35.1');
    expect(stone.factors.map((x) => x.slug)).toEqual(['natursten', 'natursten-granit']);
    const later: SupplyDemandReport = json(await get(`/api/reports/supply-demand?from=2025-01-01&to=2025-12-31`));
    expect(find(later.byCategory, 'total').measures.listed.t).toBe('1.2');
    expect((await get(`/api/reports/supply-demand?category=beton`)).statusCode).toBe(400);
    expect((await get(`/api/reports/supply-demand?from=2025-01-01&to=2024-01-01`)).statusCode).toBe(400);
    expect((await get(`/api/reports/supply-demand?granularity=week`)).statusCode).toBe(400);
  });

  it('lists every factor used with its source, and the intensities behind the potential', () => {
    const bricks = report.factors.find((x) => x.slug === 'murvaerk-mursten')!;
    expect(bricks).toMatchObject({ unit: 'pcs', kgPerUnit: '2', co2eKgPerKg: '0.2553', co2eScope: 'A1-A3', ewcCode: '17 01 02' });
    expect(bricks.source).toMatch(/henninglarsen/);
    expect(report.factors.find((x) => x.slug === 'natursten-granit')).toMatchObject({ co2eKgPerKg: null, source: expect.stringMatching(/no CO2e figure/) });
    expect(new Set(report.intensities.map((i) => i.archetype))).toEqual(new Set(['sfh-brick-pre1945', 'sfh-half-timbered-pre1900']));
    expect(report.intensities.every((i) => i.source.includes('10.1038/s41597-019-0021-x'))).toBe(true);
  });
});

describe('who sees the report', () => {
  it('is documented in the OpenAPI document, with the definition of unmet demand', async () => {
    const doc = json(await t.app.inject({ method: 'GET', url: '/docs/json' }));
    for (const path of ['/api/reports/supply-demand', '/api/reports/learning-cases', '/api/exports/lots.geojson', '/api/planned-demolitions', '/api/planned-demolitions/import', '/api/material-intensities']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(JSON.stringify(doc.paths['/api/reports/supply-demand'])).toContain('demand − reserved − collected, floored at 0');
  });

  it('gives a planner only their municipality: a planner of another municipality sees none of it', async () => {
    const bornholm = await demoSession(t.app, 'planner');
    expect((await get(`/api/reports/supply-demand?municipality=0223`, bornholm.headers)).statusCode).toBe(403);
    const own: SupplyDemandReport = json(await get(`/api/reports/supply-demand?${PERIOD}`, bornholm.headers));
    expect(own.filters.municipality).toBe('0400');
    expect(own.byArea.some((r) => r.postcode === '2970' || r.postcode === '2960')).toBe(false);
    expect(own.byCategory.some((r) => r.categorySlug === 'murvaerk-facadesten')).toBe(false);
    expect((await get(`/api/reports/supply-demand?format=csv&breakdown=lots&${PERIOD}`, bornholm.headers)).body).not.toContain('Rungsted');
  });

  it('refuses citizens and contractors (403) and anonymous callers (401)', async () => {
    expect((await get('/api/reports/supply-demand', f.citizen.headers)).statusCode).toBe(403);
    expect((await get('/api/reports/supply-demand', f.contractor.headers)).statusCode).toBe(403);
    expect((await get('/api/reports/supply-demand', {})).statusCode).toBe(401);
  });

  it('gives administrators every municipality, or the one asked for', async () => {
    const one: SupplyDemandReport = json(await get(`/api/reports/supply-demand?${PERIOD}&municipality=0223`, f.admin.headers));
    expect(one.byCategory).toEqual(report.byCategory);
    const all: SupplyDemandReport = json(await get(`/api/reports/supply-demand?from=2024-01-01`, f.admin.headers));
    expect(all.filters.municipality).toBeNull();
    expect(all.byArea.some((r) => r.postcode === '2970')).toBe(true);
    expect(all.byArea.some((r) => r.postcode === '3720')).toBe(true);
    expectAdditive(all);
  });
});

describe('exports', () => {
  const numberCell = (text: string, decimal: ',' | '.') => (text === '' ? null : decimal === ',' ? text.replace(',', '.') : text);

  it('CSV (Danish settings) reads back equal to the JSON: BOM, semicolons, decimal commas', async () => {
    const res = await get(`/api/reports/supply-demand?${PERIOD}&format=csv`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="byg360-udbud-efterspoergsel-0223-2024-01-01_2025-12-31-categories\.csv"/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows: string[][] = parse(res.body, { delimiter: ';', bom: true });
    const [header, ...data] = rows;
    expect(header!.slice(0, 7)).toEqual(['Niveau', 'Hovedkategori', 'Kategori (kode)', 'Kategori', 'EAK-kode', 'Enhed', 'Potentielt udbud (mængde)']);
    expect(data).toHaveLength(report.byCategory.length);
    data.forEach((cells, i) => {
      const r = report.byCategory[i]!;
      expect(cells[2] || null).toBe(r.categorySlug);
      expect(cells[3] || null).toBe(r.nameDa);
      expect(cells[5] || null).toBe(r.unit);
      reportMeasures.forEach((measure, j) => {
        expect(numberCell(cells[6 + 3 * j]!, ','), `${r.categorySlug} ${measure}`).toBe(r.measures[measure].quantity);
        expect(numberCell(cells[7 + 3 * j]!, ',')).toBe(r.measures[measure].t);
        expect(numberCell(cells[8 + 3 * j]!, ',')).toBe(r.measures[measure].tCo2e);
      });
      expect(numberCell(cells[33]!, ',')).toBe(r.reuseRate);
      expect(Number(cells[34])).toBe(r.lotsListed);
    });
    expect(res.body).toContain('0,7659');
  });

  it('CSV with locale=en uses commas and decimal points; the period breakdown reads back too', async () => {
    const res = await get(`/api/reports/supply-demand?${PERIOD}&format=csv&locale=en&breakdown=periods`);
    const [header, ...data]: string[][] = parse(res.body, { delimiter: ',', bom: true });
    expect(header!.slice(0, 2)).toEqual(['Period', 'Level']);
    expect(data).toHaveLength(report.byPeriod.length);
    data.forEach((cells, i) => {
      expect(cells[0]).toBe(report.byPeriod[i]!.period);
      expect(numberCell(cells[8]!, '.')).toBe(report.byPeriod[i]!.measures.potential.t);
    });
  });

  it('the lots behind the report add up to its lot-based totals, and a formula in a title is neutralised in CSV', async () => {
    const res = await get(`/api/reports/supply-demand?${PERIOD}&format=csv&breakdown=lots`);
    const [header, ...data]: string[][] = parse(res.body, { delimiter: ';', bom: true, relax_quotes: true });
    expect(data).toHaveLength(6); // L5 is a draft with nothing to count
    const total = find(report.byCategory, 'total');
    ['listed', 'reserved', 'collected', 'reused', 'recycled', 'disposed'].forEach((measure, j) => {
      expect(exactSum(data.map((c) => numberCell(c[12 + 3 * j]!, ',')))).toBe(total.measures[measure as 'listed'].t);
      expect(exactSum(data.map((c) => numberCell(c[13 + 3 * j]!, ',')))).toBe(total.measures[measure as 'listed'].tCo2e);
    });
    expect(header![1]).toBe('Titel');
    const titles = data.map((c) => c[1]);
    expect(titles).toContain(`'${FORMULA_TITLE}`);
    expect(titles.some((x) => x!.startsWith('='))).toBe(false);
  });

  it('XLSX: a sheet per breakdown with real numbers equal to the JSON, the lots, and the factors with their sources', async () => {
    const res = await get(`/api/reports/supply-demand?${PERIOD}&format=xlsx`);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/filename="byg360-udbud-efterspoergsel-0223-2024-01-01_2025-12-31\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Om rapporten', 'Kategorier', 'Perioder', 'Postnumre', 'Partier', 'Faktorer og kilder', 'Materialeintensiteter']);
    const text = (cell: ExcelJS.Cell) => (cell.value === null ? null : typeof cell.value === 'object' && 'richText' in cell.value ? cell.value.richText.map((r) => r.text).join('') : String(cell.value));

    for (const [name, rows, offset] of [
      ['Kategorier', report.byCategory, 0],
      ['Perioder', report.byPeriod, 1],
      ['Postnumre', report.byArea, 1],
    ] as const) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.rowCount).toBe(rows.length + 1);
      rows.forEach((r, i) => {
        const row = sheet.getRow(i + 2);
        expect(text(row.getCell(offset + 3))).toBe(r.categorySlug);
        reportMeasures.forEach((measure, j) => {
          const cell = row.getCell(offset + 7 + 3 * j + 1);
          expect(cell.type).toBe(ExcelJS.ValueType.Number);
          expect(cell.value).toBe(Number(r.measures[measure].t));
          expect(row.getCell(offset + 7 + 3 * j + 2).value).toBe(Number(r.measures[measure].tCo2e));
          const quantity = row.getCell(offset + 7 + 3 * j).value;
          expect(quantity).toBe(r.measures[measure].quantity === null ? null : Number(r.measures[measure].quantity));
        });
        expect(row.getCell(offset + 8).numFmt).toBe('#,##0.000');
        expect(row.getCell(offset + 7 + 27).numFmt).toBe('0.0%');
      });
    }
    const lotsSheet = workbook.getWorksheet('Partier')!;
    expect(lotsSheet.rowCount).toBe(7);
    const titles: ExcelJS.Cell[] = [];
    lotsSheet.eachRow((row, n) => n > 1 && titles.push(row.getCell(2)));
    const formula = titles.find((c) => text(c) === FORMULA_TITLE)!;
    expect(formula).toBeDefined();
    expect(formula.type).not.toBe(ExcelJS.ValueType.Formula);
    expect(formula.formula).toBeUndefined();
    expect(formula.numFmt).toBe('@');

    const factors = workbook.getWorksheet('Faktorer og kilder')!;
    const factorRows: (string | null)[][] = [];
    factors.eachRow((row, n) => n > 1 && factorRows.push([text(row.getCell(1)), text(row.getCell(8))]));
    expect(factorRows.map((r) => r[0])).toEqual(report.factors.map((x) => x.slug));
    expect(factorRows.find((r) => r[0] === 'murvaerk-mursten')![1]).toMatch(/henninglarsen/);
    const bricksRow = factors.getRow(factorRows.findIndex((r) => r[0] === 'murvaerk-mursten') + 2);
    expect(bricksRow.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(bricksRow.getCell(5).value).toBe(0.2553);
  });

  it('GeoJSON: a valid FeatureCollection with [lon, lat] points and flat properties; the public sees no drafts, the planner does', async () => {
    const res = await get('/api/exports/lots.geojson?municipality=0223', {});
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="byg360-lots-0223\.geojson"/);
    const collection = json(res);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(6);
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const [lon, lat] = feature.geometry.coordinates;
      expect(typeof lon).toBe('number');
      expect(lon).toBeGreaterThan(12.4);
      expect(lon).toBeLessThan(12.6);
      expect(lat).toBeGreaterThan(55.8);
      expect(lat).toBeLessThan(55.9);
      for (const value of Object.values(feature.properties)) expect(value === null || ['string', 'number', 'boolean'].includes(typeof value)).toBe(true);
      expect(feature.properties.status).not.toBe('draft');
    }
    const l1 = collection.features.find((x: any) => x.properties.id === f.lots.L1);
    expect(l1.geometry.coordinates).toEqual([f.projects.A.lon, f.projects.A.lat]);
    expect(l1.properties).toMatchObject({ quantity: 1000, unit: 'pcs', estimatedKg: 2000, co2eKg: 510.6, category: 'murvaerk-mursten', postcode: '2970', municipalityCode: '0223' });

    const planner = json(await get('/api/exports/lots.geojson?municipality=0223'));
    expect(planner.features).toHaveLength(7);
    expect(planner.features.find((x: any) => x.properties.id === f.lots.L5).properties.status).toBe('draft');
    const other = json(await get('/api/exports/lots.geojson?municipality=0223', (await demoSession(t.app, 'planner')).headers));
    expect(other.features).toHaveLength(6);
    expect(json(await get('/api/exports/lots.geojson?municipality=0223&category=natursten', {})).features).toHaveLength(2);
    expect((await get('/api/exports/lots.geojson?category=nope', {})).statusCode).toBe(400);
  });
});

describe('learning cases', () => {
  it('are public for verified organisations: what was harvested and its fate by EWC code, with the reuse rate and CO2e', async () => {
    const res = await get('/api/reports/learning-cases?municipality=0223', {});
    expect(res.statusCode).toBe(200);
    const { projects, summary } = json(res);
    expect(projects.map((p: { id: string }) => p.id)).toEqual([f.projects.C.id]);
    // L6 800 × 2.4 kg + L7 3 m³ × 2,700 kg harvested; reused 600 × 2.4 + 2 × 2,700 kg …
    expect(projects[0]).toMatchObject({ harvestedT: '10.02', reusedT: '6.84', recycledT: '0.36', disposedT: '2.82', reusedTCo2e: '0.386352', reuseRate: '0.6826' });
    expect(summary.byEwc).toEqual([
      { ewcCode: '17 01 02', harvestedT: '1.92', reusedT: '1.44', recycledT: '0.36', disposedT: '0.12', reusedTCo2e: '0.386352', reuseRate: '0.7500', withoutMass: 0 },
      { ewcCode: '17 05 04', harvestedT: '8.1', reusedT: '5.4', recycledT: '0', disposedT: '2.7', reusedTCo2e: '0', reuseRate: '0.6667', withoutMass: 0 },
    ]);
    expect(summary.byCategory.find((c: { slug: string }) => c.slug === 'murvaerk-hasle-klinker')).toMatchObject({ unit: 'pcs', harvestedQuantity: '800', reusedQuantity: '600', recycledQuantity: '150', disposedQuantity: '50' });
    expect(summary).toMatchObject({ projects: 1, harvestedT: '10.02', reusedT: '6.84' });
  });

  it('one case by id; an unverified organisation’s case only for the municipality’s planner; projects not completed are not cases', async () => {
    const one = json(await get(`/api/reports/learning-cases/${f.projects.C.id}`, {}));
    expect(one.project.reuseRate).toBe('0.6826');
    expect(one.byEwc).toHaveLength(2);
    expect(one.factors.map((x: { slug: string }) => x.slug).sort()).toEqual(['murvaerk-hasle-klinker', 'natursten-granit']);
    expect((await get(`/api/reports/learning-cases/${f.unverifiedProjectId}`, {})).statusCode).toBe(404);
    expect((await get(`/api/reports/learning-cases/${f.unverifiedProjectId}`)).statusCode).toBe(200);
    expect(json(await get('/api/reports/learning-cases?municipality=0223')).projects).toHaveLength(2);
    expect((await get(`/api/reports/learning-cases/${f.projects.A.id}`, {})).statusCode).toBe(404);
    expect((await get('/api/reports/learning-cases/not-a-uuid', {})).statusCode).toBe(400);
  });
});
