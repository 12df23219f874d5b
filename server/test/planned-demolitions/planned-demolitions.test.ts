import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSession, organisationMember, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let planner: Session, otherPlanner: Session, unverifiedPlanner: Session, admin: Session, citizen: Session, contractor: Session, maker: Session;
const thisYear = new Date().getFullYear();

beforeAll(async () => {
  t = await buildTestApp();
  planner = await demoSession(t.app, 'planner');
  admin = await demoSession(t.app, 'admin');
  citizen = await demoSession(t.app, 'citizen');
  contractor = await demoSession(t.app, 'contractor');
  maker = await demoSession(t.app, 'maker');
  otherPlanner = await organisationMember(t.app, { role: 'planner', kind: 'municipality', municipalityCode: '0101' });
  unverifiedPlanner = await organisationMember(t.app, { role: 'planner', kind: 'municipality', municipalityCode: '0400', verified: false });
});
afterAll(() => t.close());

const body = (overrides: object = {}) => ({
  address: 'Storegade 3',
  postcode: '3790',
  buildingUse: 'single_family',
  constructionType: 'brick',
  constructionYear: 1900,
  floorAreaM2: '120',
  expectedYear: thisYear + 2,
  note: 'Test',
  ...overrides,
});
const create = (s: Session | null, payload: object = body()) => t.app.inject({ method: 'POST', url: '/api/planned-demolitions', headers: s?.headers ?? {}, payload });
const created = async (overrides: object = {}, s: Session = planner) => {
  const res = await create(s, body(overrides));
  if (res.statusCode !== 201) throw new Error(res.body);
  return json(res);
};
const get = (s: Session | null, url: string) => t.app.inject({ method: 'GET', url, headers: s?.headers ?? {} });
const itemOf = (estimate: { items: { categorySlug: string }[] }, slug: string) => estimate.items.find((i) => i.categorySlug === slug) as any;

describe('who may reach planned demolitions', () => {
  it('refuses citizens, contractors and makers (403), and anonymous callers (401)', async () => {
    const pd = await created();
    for (const s of [citizen, contractor, maker]) {
      expect((await get(s, '/api/planned-demolitions')).statusCode).toBe(403);
      expect((await get(s, `/api/planned-demolitions/${pd.id}`)).statusCode).toBe(403);
      expect((await create(s)).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'DELETE', url: `/api/planned-demolitions/${pd.id}`, headers: s.headers })).statusCode).toBe(403);
    }
    expect((await get(null, '/api/planned-demolitions')).statusCode).toBe(401);
    expect((await get(unverifiedPlanner, '/api/planned-demolitions')).statusCode).toBe(403);
  });

  it('shows a planner of another municipality none of them, and 404 for one by id', async () => {
    const pd = await created();
    const list = json(await get(otherPlanner, '/api/planned-demolitions'));
    expect(list.plannedDemolitions).toEqual([]);
    expect(list.totalKg).toBe('0');
    expect((await get(otherPlanner, '/api/planned-demolitions?municipality=0400')).statusCode).toBe(403);
    expect((await get(otherPlanner, `/api/planned-demolitions/${pd.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/planned-demolitions/${pd.id}`, headers: otherPlanner.headers, payload: { note: 'x' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/planned-demolitions/${pd.id}`, headers: otherPlanner.headers })).statusCode).toBe(404);
    expect((await get(planner, `/api/planned-demolitions/${pd.id}`)).statusCode).toBe(200);
  });

  it('lets a planner register only in their own municipality', async () => {
    expect((await create(otherPlanner, body({ postcode: '3790' }))).statusCode).toBe(400); // a Bornholm postcode
    expect((await create(planner, body({ municipalityCode: '0101' }))).statusCode).toBe(403);
    const elsewhere = await created({ postcode: '2100', address: 'Østerbrogade 1' }, otherPlanner);
    expect(elsewhere).toMatchObject({ municipalityCode: '0101', postcode: '2100', lat: null, lon: null });
  });

  it('gives administrators every municipality, or the one asked for', async () => {
    await created({ municipalityCode: '0101', postcode: '2200' }, admin);
    const all = json(await get(admin, '/api/planned-demolitions')).plannedDemolitions;
    expect(new Set(all.map((p: { municipalityCode: string }) => p.municipalityCode))).toEqual(new Set(['0400', '0101']));
    const one = json(await get(admin, '/api/planned-demolitions?municipality=0101')).plannedDemolitions;
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((p: { municipalityCode: string }) => p.municipalityCode === '0101')).toBe(true);
    expect((await create(admin, body({ postcode: '9999' }))).statusCode).toBe(400); // unknown postcode, no municipality named
  });
});

describe('registering', () => {
  it('takes the postcode from the address and places the building at the town', async () => {
    const pd = await created({ postcode: undefined, address: 'Søndergade 18, 3700 Rønne' });
    expect(pd).toMatchObject({ postcode: '3700', municipalityCode: '0400', lat: 55.1, lon: 14.7, floorAreaM2: '120' });
    const res = await create(planner, body({ postcode: undefined, address: 'Søndergade 18' }));
    expect(res.statusCode).toBe(400);
    expect(json(res).error.fields[0].path).toBe('postcode');
  });

  it('validates without a 500', async () => {
    for (const bad of [{ floorAreaM2: '0' }, { floorAreaM2: 'stor' }, { expectedYear: thisYear + 80 }, { constructionType: 'straw' }, { buildingUse: 'castle' }, { lat: 55.1 }]) {
      const res = await create(planner, body(bad));
      expect(res.statusCode).toBe(400);
      expect(json(res).error.code).toBe('VALIDATION');
    }
  });

  it('changes and deletes', async () => {
    const pd = await created();
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/planned-demolitions/${pd.id}`, headers: planner.headers, payload: { floorAreaM2: '60', postcode: '3730' } });
    expect(patched.statusCode).toBe(200);
    expect(json(patched)).toMatchObject({ floorAreaM2: '60', postcode: '3730', lat: 55.067, lon: 15.15 });
    // 60 m² × 2,219 kg/m² of bricks.
    expect(itemOf(json(patched).estimate, 'murvaerk-mursten').kg).toBe('133140');
    expect((await t.app.inject({ method: 'DELETE', url: `/api/planned-demolitions/${pd.id}`, headers: planner.headers })).statusCode).toBe(204);
    expect((await get(planner, `/api/planned-demolitions/${pd.id}`)).statusCode).toBe(404);
  });
});

describe('estimates from the material-intensity table', () => {
  it('single-family brick house of 1900, 120 m²: the brick archetype before 1945', async () => {
    const { estimate } = await created({ floorAreaM2: '120', constructionYear: 1900 });
    expect(estimate).toMatchObject({ archetype: 'sfh-brick-pre1945', match: 'exact' });
    // Bricks 120 × 2,219 = 266,280 kg = 133,140 bricks of 2 kg; × 0.2553 = 67,981.284 kg CO2e.
    expect(itemOf(estimate, 'murvaerk-mursten')).toMatchObject({ kgPerM2: '2219', kg: '266280', quantity: '133140', unit: 'pcs', co2eKg: '67981.284' });
    // Timber 120 × 70 = 8,400 kg = 8,400 ÷ 415 kg/m³ = 20.2409… → 20.241 m³; no CO2e factor.
    expect(itemOf(estimate, 'konstruktionstrae-bjaelker')).toMatchObject({ kg: '8400', quantity: '20.241', unit: 'm3', co2eKg: null });
    expect(estimate.items).toHaveLength(2); // mortar is not estimated
    expect(estimate.totalKg).toBe('274680');
    expect(estimate.totalCo2eKg).toBe('67981.284');
    expect(itemOf(estimate, 'murvaerk-mursten').source).toMatch(/10\.1038\/s41597-019-0021-x/);
  });

  it('half-timbered farmhouse of 1850, 100.5 m²', async () => {
    const { estimate } = await created({ buildingUse: 'farm', constructionType: 'half_timbered', constructionYear: 1850, floorAreaM2: '100,5' });
    expect(estimate.archetype).toBe('sfh-half-timbered-pre1900');
    // 100.5 × 2,390 = 240,195 kg bricks; 100.5 × 193 = 19,396.5 kg timber.
    expect(itemOf(estimate, 'murvaerk-mursten').kg).toBe('240195');
    expect(itemOf(estimate, 'konstruktionstrae-bjaelker').kg).toBe('19396.5');
    expect(estimate.totalKg).toBe('259591.5');
  });

  it('rubble-stone house: the stone is granite', async () => {
    const { estimate } = await created({ constructionType: 'rubble_stone', constructionYear: 1870, floorAreaM2: '150' });
    expect(estimate.archetype).toBe('sfh-rubble-stone-pre1900');
    // 150 × 1,818 = 272,700 kg = 101 m³ at 2,700 kg/m³; bricks 150 × 84 = 12,600 kg.
    expect(itemOf(estimate, 'natursten-granit')).toMatchObject({ kg: '272700', quantity: '101', unit: 'm3', co2eKg: null });
    expect(itemOf(estimate, 'murvaerk-mursten').kg).toBe('12600');
  });

  it('brick house of 1965 with concrete floors, 100 m²', async () => {
    const { estimate } = await created({ constructionYear: 1965, floorAreaM2: '100' });
    expect(estimate).toMatchObject({ archetype: 'sfh-brick-concrete-1945-1980', match: 'exact' });
    // Concrete 136,400 kg ÷ 2,350 = 58.0425… → 58.043 m³; × 0.137 = 18,686.8 kg CO2e. Steel 7,100 kg × 0.725 = 5,147.5.
    expect(itemOf(estimate, 'betonelementer-oevrige')).toMatchObject({ kg: '136400', quantity: '58.043', co2eKg: '18686.8' });
    expect(itemOf(estimate, 'staal-oevrigt')).toMatchObject({ kg: '7100', quantity: '7100', unit: 'kg', co2eKg: '5147.5' });
    expect(itemOf(estimate, 'murvaerk-mursten')).toMatchObject({ kg: '84400', co2eKg: '21547.32' });
    expect(estimate.totalKg).toBe(String(84400 + 136400 + 1800 + 7100));
    expect(estimate.totalCo2eKg).toBe('45381.62');
  });

  it.each([
    [{ constructionYear: 1995 }, 'sfh-brick-concrete-1945-1980', 'nearest-era'], // 15 years from 1980, 51 from 1944
    [{ constructionYear: null }, 'sfh-brick-pre1945', 'nearest-era'], // unknown year: the oldest
    [{ constructionType: 'half_timbered', constructionYear: 1920 }, 'sfh-half-timbered-pre1900', 'nearest-era'],
    [{ constructionType: 'timber_frame', constructionYear: 1990 }, 'sfh-timber-frame-post1980', 'exact'],
    [{ constructionType: 'timber_frame', constructionYear: 1975 }, 'sfh-timber-frame-post1980', 'nearest-era'],
    [{ buildingUse: 'multi_family', constructionYear: 1930 }, 'mfh-brick-pre1945', 'exact'],
    [{ buildingUse: 'summer_house', constructionType: 'brick_concrete', constructionYear: 1962 }, 'sfh-brick-concrete-1945-1980', 'exact'],
  ])('chooses the archetype by use, construction and year: %o → %s', async (overrides, archetype, match) => {
    expect((await created(overrides)).estimate).toMatchObject({ archetype, match });
  });

  it.each([[{ buildingUse: 'commercial' }], [{ constructionType: 'concrete' }], [{ buildingUse: 'multi_family', constructionType: 'half_timbered' }]])(
    'gives no estimate rather than a guess where no archetype fits: %o',
    async (overrides) => {
      expect((await created(overrides)).estimate).toMatchObject({ archetype: null, match: 'none', totalKg: '0', items: [] });
    },
  );

  it('sums the listed demolitions per category', async () => {
    const { plannedDemolitions, totals, totalKg } = json(await get(planner, `/api/planned-demolitions?expectedFrom=${thisYear + 2}&expectedTo=${thisYear + 2}&postcode=3790`));
    expect(plannedDemolitions.length).toBeGreaterThan(0);
    const bricks = totals.find((x: { categorySlug: string }) => x.categorySlug === 'murvaerk-mursten');
    const sum = plannedDemolitions.reduce((s: number, p: any) => s + Number(itemOf(p.estimate, 'murvaerk-mursten')?.kg ?? 0), 0);
    expect(Number(bricks.kg)).toBe(sum);
    expect(Number(totalKg)).toBe(plannedDemolitions.reduce((s: number, p: any) => s + Number(p.estimate.totalKg), 0));
  });
});

describe('the coefficient table', () => {
  it('is public, has the REFERENCE.md rows with archetypes, uses, years and the source on every row', async () => {
    const { materialIntensities } = json(await get(null, '/api/material-intensities'));
    expect(new Set(materialIntensities.map((m: { archetype: string }) => m.archetype)).size).toBe(6);
    for (const m of materialIntensities) expect(m.source).toMatch(/Heeren.*doi 10\.1038\/s41597-019-0021-x/);
    const row = (archetype: string, slug: string) => materialIntensities.find((m: any) => m.archetype === archetype && m.categorySlug === slug);
    expect(row('sfh-rubble-stone-pre1900', 'natursten-granit')).toMatchObject({ kgPerM2: '1818', constructionTypes: ['rubble_stone'], yearFrom: null, yearTo: 1899 });
    expect(row('sfh-brick-concrete-1945-1980', 'betonelementer-oevrige')).toMatchObject({ kgPerM2: '1364', yearFrom: 1945, yearTo: 1980 });
    expect(row('mfh-brick-pre1945', 'murvaerk-mursten')).toMatchObject({ kgPerM2: '1707', buildingUses: ['multi_family'] });
  });

  it('is editable by administrators, a new value only with its source, and the estimates follow', async () => {
    const { materialIntensities } = json(await get(null, '/api/material-intensities'));
    const row = materialIntensities.find((m: any) => m.archetype === 'mfh-brick-pre1945' && m.categorySlug === 'konstruktionstrae-bjaelker');
    const patch = (s: Session, payload: object) => t.app.inject({ method: 'PATCH', url: `/api/admin/material-intensities/${row.id}`, headers: s.headers, payload });
    expect((await patch(planner, { kgPerM2: '60', source: 'x source' })).statusCode).toBe(403);
    const noSource = await patch(admin, { kgPerM2: '60' });
    expect(noSource.statusCode).toBe(400);
    expect(json(noSource).error.fields[0].path).toBe('source');
    expect((await patch(admin, { kgPerM2: '53.00' })).statusCode).toBe(200); // unchanged value: no source needed
    const ok = await patch(admin, { kgPerM2: '60', source: 'Survey of Nexø flats, 2026' });
    expect(json(ok)).toMatchObject({ kgPerM2: '60', source: 'Survey of Nexø flats, 2026' });
    const { estimate } = await created({ buildingUse: 'multi_family', constructionYear: 1930, floorAreaM2: '10' });
    expect(itemOf(estimate, 'konstruktionstrae-bjaelker').kg).toBe('600');
    expect((await t.app.inject({ method: 'PATCH', url: '/api/admin/material-intensities/00000000-0000-4000-8000-000000000000', headers: admin.headers, payload: { source: 'xyz' } })).statusCode).toBe(404);
  });

  it('lets administrators change a category’s factors only with a source', async () => {
    const { categories } = json(await get(null, '/api/categories'));
    const granite = categories.find((c: { slug: string }) => c.slug === 'natursten-granit');
    const patch = (s: Session, payload: object) => t.app.inject({ method: 'PATCH', url: `/api/admin/categories/${granite.id}`, headers: s.headers, payload });
    expect((await patch(planner, { co2eKgPerKg: '0.05', co2eScope: 'A1-A3', source: 'x' })).statusCode).toBe(403);
    expect((await patch(admin, { co2eKgPerKg: '0.05', co2eScope: 'A1-A3' })).statusCode).toBe(400);
    expect((await patch(admin, { co2eKgPerKg: '0.05', source: 'An EPD for Bornholm granite' })).statusCode).toBe(400); // scope missing
    const ok = await patch(admin, { co2eKgPerKg: '0,05', co2eScope: 'A1-A3', source: 'An EPD for Bornholm granite' });
    expect(ok.statusCode).toBe(200);
    expect(json(ok)).toMatchObject({ co2eKgPerKg: '0.0500', co2eScope: 'A1-A3', factorSource: 'An EPD for Bornholm granite' });
    expect((await patch(admin, { kgPerUnit: '2700' })).statusCode).toBe(200); // the same value: not a change
    expect((await patch(admin, {})).statusCode).toBe(400);
    // Back to the seeded state for the other tests.
    await patch(admin, { co2eKgPerKg: null, co2eScope: null, source: granite.factorSource });
  });
});

describe('import from a BBR-like extract', () => {
  const upload = (s: Session, file: Buffer, mode: 'dry-run' | 'commit', contentType = 'text/csv') =>
    t.app.inject({ method: 'POST', url: `/api/planned-demolitions/import?mode=${mode}`, headers: { ...s.headers, 'content-type': contentType }, payload: file });

  const danish = [
    'Adresse;Postnummer;BYG_ANVENDELSE;Ydervæggens materiale;Opførelsesår;Samlet bygningsareal;Forventet nedrivningsår;Bemærkning',
    `Kirkegade 4;3740;120 Fritliggende enfamiliehus;1 Mursten;1902;112,5;${thisYear + 3};`,
    `Hovedgaden 2;3730;Stuehus;Bindingsværk;1860;1.250;${thisYear + 4};Stor gård`,
    `"Vestergade 9, 3790 Hasle";;510;5;1988;64;${thisYear + 5};`,
  ].join('\r\n');

  it('dry-runs a Danish CSV with BBR codes and words, estimating each row', async () => {
    const res = await upload(planner, Buffer.from(danish), 'dry-run');
    expect(res.statusCode).toBe(200);
    const result = json(res);
    expect(result).toMatchObject({ mode: 'dry-run', format: 'csv', language: 'da', total: 3, valid: 3, invalid: 0 });
    expect(result.rows.map((r: any) => r.plannedDemolition.archetype)).toEqual(['sfh-brick-pre1945', 'sfh-half-timbered-pre1900', 'sfh-timber-frame-post1980']);
    expect(result.rows[0].plannedDemolition).toMatchObject({ buildingUse: 'single_family', constructionType: 'brick', floorAreaM2: '112.5', postcode: '3740', municipalityCode: '0400' });
    // 112.5 m² × (2,219 + 70) kg/m².
    expect(result.rows[0].plannedDemolition.estimatedKg).toBe('257512.5');
    expect(result.rows[1].plannedDemolition).toMatchObject({ buildingUse: 'farm', constructionType: 'half_timbered', floorAreaM2: '1250' });
    expect(result.rows[2].plannedDemolition).toMatchObject({ postcode: '3790', buildingUse: 'summer_house', constructionType: 'timber_frame' });
  });

  it('reports errors by row and column, and a commit with errors creates nothing (422)', async () => {
    const before = json(await get(planner, '/api/planned-demolitions')).plannedDemolitions.length;
    const bad = danish + `\r\nNy vej 1;3700;Slot;Halm;17xx;-5;${thisYear + 3};\r\nTorvet 1;3700;120;1;1900;100;;`;
    const dry = json(await upload(planner, Buffer.from(bad), 'dry-run'));
    expect(dry).toMatchObject({ total: 5, valid: 3, invalid: 2 });
    expect(dry.rows[3].errors.map((e: any) => [e.row, e.column])).toEqual([
      [5, 'BYG_ANVENDELSE'],
      [5, 'Ydervæggens materiale'],
      [5, 'Opførelsesår'],
      [5, 'Samlet bygningsareal'],
    ]);
    expect(dry.rows[4].errors).toEqual([{ row: 6, column: 'Forventet nedrivningsår', message: 'Required', code: 'required', params: {} }]);
    const commit = await upload(planner, Buffer.from(bad), 'commit');
    expect(commit.statusCode).toBe(422);
    expect(json(commit).error.code).toBe('VALIDATION');
    expect(json(await get(planner, '/api/planned-demolitions')).plannedDemolitions.length).toBe(before);
  });

  it('gives each bad cell a code and the values its message names, for clients to word in their language', async () => {
    const csv = [
      'Adresse;Postnummer;Anvendelse;Ydervægsmateriale;Opførelsesår;Samlet bygningsareal;Forventet nedrivningsår;Kommunekode;Breddegrad;Længdegrad',
      `Ny vej 1;37000;Slot;Halm;17xx;-5;1999;abc;;`,
      `Ny vej 2;3700;100;7;${thisYear + 1};0;${thisYear + 51};;60;14,7`,
      `Ny vej 3;3700;120;1;1900;100;${thisYear + 2};;55,1;`,
      `Storegade 1;3700;120;1;1900;100;${thisYear + 2};0101;;`,
      `Ny vej 5;3700;120;1;1900;2000000;${thisYear + 2};;;`,
    ].join('\r\n');
    const result = json(await upload(planner, Buffer.from(csv), 'dry-run'));
    const issues = (row: number) => Object.fromEntries(result.rows[row].errors.map((e: any) => [e.column, [e.code, e.params]]));
    expect(issues(0)).toEqual({
      Postnummer: ['postcode.format', {}],
      Anvendelse: ['building_use.unknown', { text: 'Slot' }],
      Ydervægsmateriale: ['construction_type.unknown', { text: 'Halm' }],
      Opførelsesår: ['year.invalid', { text: '17xx' }],
      'Samlet bygningsareal': ['number.format_positive', { decimals: 1 }],
      'Forventet nedrivningsår': ['year.too_early', { min: 2000 }],
      Kommunekode: ['municipality.format', { text: 'abc' }],
    });
    expect(result.rows[0].errors.find((e: any) => e.code === 'building_use.unknown').message).toMatch(/^Unknown building use “Slot”: write e\.g\. enfamiliehus/);
    expect(issues(1)).toEqual({
      Anvendelse: ['building_use.unknown_code', { bbrCode: 100 }],
      Ydervægsmateriale: ['construction_type.unknown_code', { bbrCode: 7 }],
      Opførelsesår: ['year.future', {}],
      'Samlet bygningsareal': ['number.not_positive', {}],
      'Forventet nedrivningsår': ['year.too_late', { max: thisYear + 50 }],
      Breddegrad: ['latitude.range', { min: 54.4, max: 57.9 }],
    });
    // The rules across fields are checked once each field is right.
    expect(issues(2)).toEqual({ Længdegrad: ['coordinates.incomplete', {}] });
    // So is where the building lies.
    expect(issues(3)).toEqual({ Kommunekode: ['municipality.not_own', {}] });
    expect(issues(4)).toEqual({ 'Samlet bygningsareal': ['number.too_large', { max: 1_000_000 }] });

    const header = 'Adresse;Postnummer;Anvendelse;Ydervægsmateriale;Samlet bygningsareal;Forventet nedrivningsår;Kommunekode';
    const elsewhere = json(await upload(otherPlanner, Buffer.from(`${header}\r\nStoregade 1;3790;120;1;100;${thisYear + 2};`), 'dry-run'));
    expect(elsewhere.rows[0].errors).toEqual([
      {
        row: 2,
        column: 'Postnummer',
        message: 'Postcode 3790 is in another municipality (0400)',
        code: 'postcode.other_municipality',
        params: { postcode: '3790', municipalityCode: '0400' },
      },
    ]);
    const unknown = json(await upload(admin, Buffer.from(`${header}\r\nA 1;9999;120;1;100;${thisYear + 2};\r\nA 2;3700;120;1;100;${thisYear + 2};0999`), 'dry-run'));
    expect(unknown.rows.map((r: any) => r.errors.map((e: any) => [e.column, e.code, e.params]))).toEqual([
      [['Kommunekode', 'municipality.missing', { postcode: '9999' }]],
      [['Kommunekode', 'municipality.unknown', { municipalityCode: '0999' }]],
    ]);
  });

  it('commits all rows of an English XLSX at once', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('BBR');
    sheet.addRow(['Address', 'Postcode', 'Building use', 'Construction type', 'Year built', 'Floor area (m2)', 'Expected demolition year']);
    sheet.addRow(['Møllevej 1', 3720, 'single family house', 'brick', 1931, 98.5, thisYear + 1]);
    sheet.addRow(['Møllevej 3', 3720, 140, 'masonry', 1925, 310, thisYear + 2]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(planner, file, 'commit', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.statusCode).toBe(201);
    const result = json(res);
    expect(result).toMatchObject({ format: 'xlsx', language: 'en', created: 2 });
    const second = json(await get(planner, `/api/planned-demolitions/${result.ids[1]}`));
    expect(second).toMatchObject({ buildingUse: 'multi_family', constructionType: 'brick', floorAreaM2: '310', estimate: { archetype: 'mfh-brick-pre1945' } });
  });

  it('refuses a file without the required columns, and callers who are not planners', async () => {
    const res = await upload(planner, Buffer.from('Adresse;Postnummer\r\nA 1;3700'), 'dry-run');
    expect(res.statusCode).toBe(400);
    expect(json(res).error.message).toMatch(/Missing columns/);
    expect((await upload(citizen, Buffer.from(danish), 'dry-run')).statusCode).toBe(403);
  });

  it('says what is wrong with a whole file as a reason and params, besides the English message', async () => {
    const columns = json(await upload(planner, Buffer.from('Address,Postcode,Building use\r\nA 1,3700,120'), 'dry-run')).error;
    expect(columns).toMatchObject({
      code: 'VALIDATION',
      reason: 'file.columns_missing',
      params: {
        columns: [
          { da: 'Ydervægsmateriale', en: 'Construction type' },
          { da: 'Samlet bygningsareal', en: 'Floor area' },
          { da: 'Forventet nedrivningsår', en: 'Expected year' },
        ],
      },
      message: 'Missing columns: Construction type, Floor area, Expected year. The header row must name Building use, Construction type, Floor area, Expected year.',
    });
    const place = json(await upload(planner, Buffer.from(`Anvendelse;Ydervægsmateriale;Bygningsareal;Nedrivningsår\r\n120;1;100;${thisYear + 1}`), 'dry-run')).error;
    expect(place).toMatchObject({
      reason: 'file.place_column_missing',
      params: { columns: [{ da: 'Postnummer', en: 'Postcode' }, { da: 'Adresse', en: 'Address' }] },
      message: expect.stringMatching(/^Missing column: Postnummer or Adresse\./),
    });
    const noRows = json(await upload(planner, Buffer.from(danish.split('\r\n')[0]!), 'dry-run')).error;
    expect(noRows).toEqual({ code: 'VALIDATION', reason: 'file.no_data_rows', params: {}, message: 'The file has a header row but no buildings below it' });
    const xls = await upload(planner, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'dry-run', 'application/octet-stream');
    expect(xls.statusCode).toBe(415);
    expect(json(xls).error).toMatchObject({ reason: 'file.xls', params: {} });
  });
});
