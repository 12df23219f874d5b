import { randomBytes } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lotEvents, lots } from '../../src/db/schema/index.ts';
import { bearer, buildTestApp, json, login, uniqueEmail, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let contractor: string;
/** The demo contractor's active project: its harvest window runs from a few days ago to weeks ahead. */
let active: { id: string; harvestFrom: string; harvestTo: string };
let completedId: string;

beforeAll(async () => {
  t = await buildTestApp();
  contractor = (await login(t.app, 'contractor@demo.byg360.dk')).token;
  const mine = json((await t.app.inject({ method: 'GET', url: '/api/projects?mine=true', headers: bearer(contractor) }))).projects as {
    id: string;
    status: string;
    harvestFrom: string;
    harvestTo: string;
  }[];
  active = mine.find((p) => p.status === 'active')!;
  completedId = mine.find((p) => p.status === 'completed')!.id;
});
afterAll(() => t.close());

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const danishDay = (offset: number) => isoDay(offset).split('-').reverse().join('.');

/** A fresh project of the caller's organisation, so that each test counts only its own lots. */
async function newProject(token: string, title = 'Importtest') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/projects',
    headers: bearer(token),
    payload: { title, address: 'Storegade 1', postcode: '3700', municipalityCode: '0400', lat: 55.1, lon: 14.7, buildingUse: 'farm', harvestFrom: isoDay(-5), harvestTo: isoDay(45) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return json(res).id as string;
}

function upload(projectId: string, file: Buffer | string, options: { mode?: 'dry-run' | 'commit'; token?: string | null; name?: string } = {}) {
  const form = new FormData();
  form.append('file', new File([typeof file === 'string' ? Buffer.from(file, 'utf8') : new Uint8Array(file)], options.name ?? 'lots.csv'));
  const token = options.token === undefined ? contractor : options.token;
  return t.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/lots/import${options.mode ? `?mode=${options.mode}` : ''}`,
    headers: token ? bearer(token) : {},
    payload: form,
  });
}

const lotsOf = async (projectId: string) =>
  json((await t.app.inject({ method: 'GET', url: `/api/projects/${projectId}/lots`, headers: bearer(contractor) }))).lots as Record<string, any>[];

const countLots = async (projectId: string) => {
  const [row] = await t.database.db.select({ n: count() }).from(lots).where(and(eq(lots.projectId, projectId), isNull(lots.deletedAt)));
  return row!.n;
};

const BOM = '\uFEFF';

describe('CSV import', () => {
  const danishCsv = () =>
    BOM +
    [
      'Titel;Kategori;Mængde;Enhed;Tilstand;Beskrivelse;Mål;Pris (kr.);Tilgængelig fra;Afhentes senest;Miljø/farlige stoffer;Leverandør',
      `Gule mursten;Mursten;2.400;stk.;b;"Renset; på paller\nà 400 stk.";228 × 108 × 54 mm;"1.250,50 kr.";${danishDay(0)};${isoDay(30).split('-').reverse().join('-')};;Jensen`,
      '',
      `Gipsplader;17 08 02;12,5;kvm;A;;;0;;;Ingen kendte;`,
      `Røde vingetegl;Tag › Tegltagsten;85,5;m²;C;;;45;;;;`,
    ].join('\r\n');

  it('reads Danish headers, semicolons, a BOM, decimal commas, thousands separators and quoted newlines in a dry run that creates nothing', async () => {
    const projectId = await newProject(contractor);
    const res = await upload(projectId, danishCsv());
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body).toMatchObject({ mode: 'dry-run', format: 'csv', language: 'da', total: 3, valid: 3, invalid: 0 });
    expect(body.created).toBeUndefined();
    // The empty line 3 is skipped but counted, as a spreadsheet program would number the rows.
    expect(body.rows.map((r: { row: number }) => r.row)).toEqual([2, 4, 5]);
    expect(body.rows[0].lot).toMatchObject({
      title: 'Gule mursten',
      categorySlug: 'murvaerk-mursten',
      categoryName: 'Mursten',
      quantity: '2400',
      unit: 'pcs',
      condition: 'B',
      priceDkk: '1250.5',
      availableFrom: isoDay(0),
      pickUpBy: isoDay(30),
      status: 'draft',
      estimatedKg: '4800',
    });
    expect(body.rows[1].lot).toMatchObject({ categorySlug: 'plader-gips', quantity: '12.5', unit: 'm2', condition: 'A', priceDkk: '0' });
    expect(body.rows[2].lot).toMatchObject({ categorySlug: 'tag-tegltagsten', quantity: '85.5', unit: 'm2' });
    expect(body.warnings).toEqual([{ row: 1, column: 'Leverandør', message: 'Unknown column: ignored', code: 'column.unknown', params: {} }]);
    expect(body.columns.find((c: { header: string }) => c.header === 'Mængde').key).toBe('quantity');
    expect(await countLots(projectId)).toBe(0);
  });

  it('commits every row with its history', async () => {
    const projectId = await newProject(contractor);
    const res = await upload(projectId, danishCsv(), { mode: 'commit' });
    expect(res.statusCode, res.body).toBe(201);
    const body = json(res);
    expect(body).toMatchObject({ mode: 'commit', created: 3, valid: 3 });
    expect(body.lotIds).toHaveLength(3);
    const created = await lotsOf(projectId);
    expect(created.map((l) => l.id).sort()).toEqual([...body.lotIds].sort());
    const bricks = created.find((l) => l.title === 'Gule mursten')!;
    expect(bricks).toMatchObject({ quantity: '2400', priceDkk: '1250.5', dimensions: '228 × 108 × 54 mm', description: 'Renset; på paller\nà 400 stk.', status: 'draft' });
    expect(created.find((l) => l.title === 'Gipsplader')!.hazard.note).toBe('Ingen kendte');
    const history = json(await t.app.inject({ method: 'GET', url: `/api/lots/${bricks.id}/history`, headers: bearer(contractor) }));
    expect(history.events).toEqual([expect.objectContaining({ kind: 'created' })]);
  });

  it('reads English headers with commas, categories by slug and English name, and publishes for a verified organisation', async () => {
    const projectId = await newProject(contractor);
    const csv = [
      'Title,Category,Quantity,Unit,Condition,Price (DKK per unit),Available from,Pick up by,Tested free of,Status',
      `Oak beams,konstruktionstrae-bjaelker,2.8,m3,B,"1,250.00",${isoDay(1)},${isoDay(40).split('-').reverse().join('/')},"PCB, lead",published`,
      `Red pantiles,Clay roof tiles,140,m2,B,0,,,,`,
    ].join('\n');
    const res = await upload(projectId, csv, { mode: 'commit' });
    expect(res.statusCode, res.body).toBe(201);
    const body = json(res);
    expect(body).toMatchObject({ language: 'en', created: 2, warnings: [] });
    expect(body.rows[0].lot).toMatchObject({ quantity: '2.8', priceDkk: '1250', pickUpBy: isoDay(40), status: 'published' });
    const beams = (await lotsOf(projectId)).find((l) => l.title === 'Oak beams')!;
    expect(beams).toMatchObject({ status: 'published', hazard: { testedFree: ['pcb', 'lead'] } });
    expect(beams.publishedAt).not.toBeNull();
  });

  it('accepts the file as a raw text/csv body too', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${active.id}/lots/import`,
      headers: { ...bearer(contractor), 'content-type': 'text/csv' },
      payload: 'Titel;Kategori;Antal;Enhed;Stand\nGule mursten;Mursten;10;stk;B\n',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toMatchObject({ total: 1, valid: 1 });
  });

  it('finds the header below title lines and numbers the rows as the spreadsheet does', async () => {
    const csv = 'Ressourcekortlægning;;;;\nSkolevej 4, Rønne;;;;\nTitel;Kategori;Antal;Enhed;Stand\nGule mursten;Mursten;10;stk;X\n';
    const body = json(await upload(active.id, csv));
    expect(body.rows).toEqual([
      { row: 4, ok: false, errors: [{ row: 4, column: 'Stand', message: expect.stringContaining('not A'), code: 'condition.unknown', params: { text: 'X' } }] },
    ]);
    expect(body.warnings).toEqual([{ row: 3, column: null, message: expect.stringContaining('header row'), code: 'table.header_row', params: { row: 3 } }]);
  });
});

describe('XLSX import', () => {
  it('reads number, date, formula and rich-text cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Opgørelse');
    sheet.addRow(['Titel', 'Kategori', 'Antal', 'Enhed', 'Stand', 'Pris', 'Tilgængelig fra', 'Afhentes senest']);
    sheet.addRow([{ richText: [{ text: 'Granit' }, { text: 'sokkelsten', font: { bold: true } }] }, 'natursten-granit', 6.5, 'm3', 'A', 900, new Date(`${isoDay(2)}T00:00:00Z`), danishDay(20)]);
    sheet.addRow(['Hasle klinker', 'Hasle klinker', { formula: '2*1100', result: 2200 }, 'stk', 'A', { formula: '8/2', result: 4 }, null, null]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const res = await upload(active.id, file, { name: 'opgorelse.xlsx' });
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body).toMatchObject({ format: 'xlsx', total: 2, valid: 2 });
    expect(body.rows[0].lot).toMatchObject({ title: 'Granitsokkelsten', quantity: '6.5', priceDkk: '900', availableFrom: isoDay(2), pickUpBy: isoDay(20), estimatedKg: '17550' });
    expect(body.rows[1].lot).toMatchObject({ categorySlug: 'murvaerk-hasle-klinker', quantity: '2200', priceDkk: '4' });
  });
});

describe('invalid rows', () => {
  const badCsv = () =>
    [
      'Titel;Kategori;Antal;Enhed;Stand;Tilgængelig fra',
      'Gule mursten;Mursten;abc;stk;B;',
      'Mystisk materiale;Unobtainium;10;stk;B;',
      'Mursten i kubikmeter;Mursten;3;m3;B;',
      `Tidlige tagsten;Tegltagsten;20;m2;B;${danishDay(-30)}`,
      'Slidte døre;Indvendige døre;4;stk;D;',
      'Tvetydig;17 01 02;5;stk;B;',
      'God række;Mursten;100;stk;A;',
    ].join('\n');

  it('refuses a commit with invalid rows: nothing is created and each error names its row and column', async () => {
    const projectId = await newProject(contractor);
    const res = await upload(projectId, badCsv(), { mode: 'commit' });
    expect(res.statusCode).toBe(422);
    const body = json(res);
    expect(body.error.code).toBe('VALIDATION');
    expect(body).toMatchObject({ mode: 'commit', total: 7, valid: 1, invalid: 6 });
    expect(body.created).toBeUndefined();
    const errors = body.rows.flatMap((r: { errors: unknown[] }) => r.errors);
    expect(errors).toEqual([
      { row: 2, column: 'Antal', message: '“abc” is not a number', code: 'number.invalid', params: { text: 'abc' } },
      { row: 3, column: 'Kategori', message: expect.stringContaining('Unknown category “Unobtainium”'), code: 'category.unknown', params: { text: 'Unobtainium' } },
      {
        row: 4,
        column: 'Enhed',
        message: 'Bricks is listed in pcs, kg, t',
        code: 'unit.not_allowed',
        params: { category: { da: 'Mursten', en: 'Bricks' }, units: ['pcs', 'kg', 't'] },
      },
      {
        row: 5,
        column: 'Tilgængelig fra',
        message: `Must be within the harvest window (from ${isoDay(-5)})`,
        code: 'date.before_harvest',
        params: { date: isoDay(-5) },
      },
      { row: 6, column: 'Stand', message: expect.stringContaining('“D” is not A'), code: 'condition.unknown', params: { text: 'D' } },
      {
        row: 7,
        column: 'Kategori',
        message: expect.stringMatching(/EWC code 17 01 02 fits several categories: Mursten \(murvaerk-mursten\)/),
        code: 'category.ewc_ambiguous',
        params: { ewcCode: '17 01 02', categories: expect.arrayContaining([{ da: 'Mursten (murvaerk-mursten)', en: 'Bricks (murvaerk-mursten)' }]) },
      },
    ]);
    expect(body.rows.at(-1)).toMatchObject({ row: 8, ok: true });
    expect(await countLots(projectId)).toBe(0);
  });

  it('reports every problem of a row at once', async () => {
    const csv = 'Titel;Kategori;Antal;Enhed;Stand;Afhentes senest\nX;Mursten;0;liter;;2099-01-01\n';
    const body = json(await upload(active.id, csv));
    expect(body.rows[0].errors.map((e: { column: string }) => e.column).sort()).toEqual(['Afhentes senest', 'Antal', 'Enhed', 'Stand', 'Titel']);
  });

  it('gives each problem a code and the values its message names, for clients to word in their language', async () => {
    const csv = [
      'Titel;Kategori;Antal;Enhed;Stand;Pris;Tilgængelig fra;Afhentes senest;Testet fri for;Status',
      `X;Mursten;0;stk;B;12,345;;${isoDay(1)};kviksølv;kladde`,
      `Gule mursten;Mursten;1,2345;stk;B;20000000;31.02.2026;${isoDay(60)};;måske`,
      `Gule mursten;Mursten;5;stk;B;;${isoDay(10)};${isoDay(2)};;`,
    ].join('\n');
    const body = json(await upload(active.id, csv));
    const issues = (row: number) => Object.fromEntries(body.rows[row].errors.map((e: { column: string; code: string; params: object }) => [e.column, [e.code, e.params]]));
    expect(issues(0)).toEqual({
      Titel: ['text.too_short', { min: 3 }],
      Antal: ['number.not_positive', {}],
      Pris: ['number.format', { decimals: 2 }],
      'Testet fri for': ['substance.unknown', { text: 'kviksølv' }],
    });
    expect(issues(1)).toEqual({
      Antal: ['number.format_positive', { decimals: 3 }],
      Pris: ['number.too_large', { max: 10_000_000 }],
      'Tilgængelig fra': ['date.not_in_calendar', { text: '31.02.2026' }],
      'Afhentes senest': ['date.after_harvest', { date: active.harvestTo }],
      Status: ['status.unknown', { text: 'måske' }],
    });
    expect(issues(2)).toEqual({ 'Afhentes senest': ['date.order', {}] });
  });

  it('names missing required columns in the language of the file, and in both languages for clients to word', async () => {
    const danish = await upload(active.id, 'Titel;Kategori;Stand\nGule mursten;Mursten;B\n');
    expect(danish.statusCode).toBe(400);
    expect(json(danish).error.message).toMatch(/^Missing columns: Antal, Enhed\./);
    expect(json(danish).error).toMatchObject({
      code: 'VALIDATION',
      reason: 'file.columns_missing',
      params: {
        columns: [
          { da: 'Antal', en: 'Quantity' },
          { da: 'Enhed', en: 'Unit' },
        ],
        required: [
          { da: 'Titel', en: 'Title' },
          { da: 'Kategori', en: 'Category' },
          { da: 'Antal', en: 'Quantity' },
          { da: 'Enhed', en: 'Unit' },
          { da: 'Stand', en: 'Condition' },
        ],
      },
    });
    const english = await upload(active.id, 'Title,Category,Condition\nBricks,Bricks,B\n');
    expect(json(english).error.message).toMatch(/^Missing columns: Quantity, Unit\./);
    expect(json(english).error.params.columns).toEqual([
      { da: 'Antal', en: 'Quantity' },
      { da: 'Enhed', en: 'Unit' },
    ]);
  });

  it('refuses a file with a header but no rows, and one with no rows at all', async () => {
    const headerOnly = await upload(active.id, 'Titel;Kategori;Antal;Enhed;Stand\n;;;;\n');
    expect(headerOnly.statusCode).toBe(400);
    expect(json(headerOnly).error).toEqual({ code: 'VALIDATION', reason: 'file.no_data_rows', params: {}, message: 'The file has a header row but no rows of lots below it' });
    const blank = await upload(active.id, ';;;\n;;;\n');
    expect(json(blank).error).toMatchObject({ code: 'VALIDATION', reason: 'file.no_rows', params: {} });
    const empty = await upload(active.id, '');
    expect(json(empty).error).toMatchObject({ code: 'VALIDATION', reason: 'file.empty', params: {}, message: 'The file is empty' });
  });

  it('refuses more rows than one import takes, naming the count and the limit', async () => {
    const csv = ['Titel;Kategori;Antal;Enhed;Stand', ...Array.from({ length: 10_001 }, (_, i) => `Mursten ${i};Mursten;1;stk;B`)].join('\n');
    const res = await upload(active.id, csv);
    expect(res.statusCode).toBe(400);
    expect(json(res).error).toMatchObject({ reason: 'file.too_many_rows', params: { rows: 10_001, max: 10_000 }, message: expect.stringContaining('at most 10000') });
  });
});

describe('file formats', () => {
  it('refuses Windows-1252 text with 415 and says how to save as UTF-8', async () => {
    const res = await upload(active.id, Buffer.from('Titel;Kategori;Antal;Enhed;Stand\nRøde tagsten;Tegltagsten;10;m2;B\n', 'latin1'));
    expect(res.statusCode).toBe(415);
    expect(json(res).error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'file.not_utf8', params: {}, message: expect.stringContaining('CSV UTF-8') });
  });

  it.each([
    ['random bytes', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(2000)]), 'file.not_utf8'],
    ['a damaged ZIP', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(2000)]), 'file.xlsx_unreadable'],
    ['an old .xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(500)]), 'file.xls'],
    ['UTF-8 with control characters', Buffer.from('Titel\u0000\u0001\u0002;Kategori\n', 'utf8'), 'file.binary'],
  ])('refuses %s with 415 and says why as a reason', async (_, file, reason) => {
    const res = await upload(active.id, file, { name: 'junk.bin' });
    expect(res.statusCode).toBe(415);
    expect(json(res).error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', reason, params: {} });
  });

  it('refuses a CSV it cannot parse, naming the line where reading stopped', async () => {
    const res = await upload(active.id, 'Titel;Kategori;Antal;Enhed;Stand\n"Gule mursten;Mursten;10;stk;B\n');
    expect(res.statusCode).toBe(400);
    expect(json(res).error).toMatchObject({ reason: 'file.csv_unreadable', params: { line: 2 }, message: expect.stringMatching(/^The CSV file could not be read/) });
  });

  it('refuses a file over 10 MB with 413, in a form or as the raw body', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const res = await upload(active.id, big);
    expect(res.statusCode).toBe(413);
    expect(json(res).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'file.too_large', params: { maxMb: 10 } });
    const raw = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${active.id}/lots/import`,
      headers: { ...bearer(contractor), 'content-type': 'text/csv' },
      payload: big,
    });
    expect(raw.statusCode).toBe(413);
    expect(json(raw).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'file.too_large', params: { maxMb: 10 } });
  });

  it('asks for the file when the request has none, and for a form when the body is something else', async () => {
    const form = new FormData();
    form.append('mode', 'dry-run');
    const res = await t.app.inject({ method: 'POST', url: `/api/projects/${active.id}/lots/import`, headers: bearer(contractor), payload: form });
    expect(res.statusCode).toBe(400);
    expect(json(res).error).toMatchObject({ code: 'VALIDATION', reason: 'file.missing', params: {}, fields: [{ path: 'file', message: 'Required' }] });
    const other = await t.app.inject({ method: 'POST', url: `/api/projects/${active.id}/lots/import`, headers: bearer(contractor), payload: { file: 'x' } });
    expect(other.statusCode).toBe(415);
    expect(json(other).error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'file.not_multipart' });
  });
});

describe('who may import', () => {
  const csv = 'Titel;Kategori;Antal;Enhed;Stand\nGule mursten;Mursten;10;stk;B\n';

  it('requires a login', async () => {
    expect((await upload(active.id, csv, { token: null })).statusCode).toBe(401);
  });

  it('refuses a citizen and a member of another organisation with 403', async () => {
    const citizen = (await login(t.app, 'citizen@demo.byg360.dk')).token;
    const maker = (await login(t.app, 'maker@demo.byg360.dk')).token;
    expect((await upload(active.id, csv, { token: citizen })).statusCode).toBe(403);
    expect((await upload(active.id, csv, { token: maker })).statusCode).toBe(403);
  });

  it('answers 404 for a project of another, unverified organisation, and lets its own members import drafts but not publish', async () => {
    const email = uniqueEmail('firm');
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email, password: 'a good long password', name: 'Ny Nedriver', role: 'contractor', organisation: { create: { name: `Nedbrydning ${email}`, kind: 'contractor', municipalityCode: '0400' } } },
    });
    expect(registered.statusCode).toBe(201);
    const newcomer = json(registered).accessToken as string;
    const projectId = await newProject(newcomer, 'Uverificeret projekt');

    expect((await upload(projectId, csv)).statusCode).toBe(404);

    const drafts = json(await upload(projectId, csv, { token: newcomer, mode: 'commit' }));
    expect(drafts).toMatchObject({ created: 1 });
    const published = await upload(projectId, 'Titel;Kategori;Antal;Enhed;Stand;Status\nGule mursten;Mursten;10;stk;B;publiceret\n', { token: newcomer, mode: 'commit' });
    expect(published.statusCode).toBe(422);
    expect(json(published).rows[0].errors).toEqual([
      { row: 2, column: 'Status', message: expect.stringContaining('must be verified'), code: 'status.unverified_organisation', params: {} },
    ]);
  });

  it('refuses a completed project with 409', async () => {
    const res = await upload(completedId, csv);
    expect(res.statusCode).toBe(409);
  });
});

describe('templates', () => {
  it.each(['da', 'en'] as const)('downloads the XLSX template (%s) and imports it back as valid rows', async (lang) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/imports/lots-template.xlsx?lang=${lang}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${lang === 'da' ? 'byg360-importskabelon' : 'byg360-import-template'}.xlsx"`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const [lotsSheet, catalogue] = workbook.worksheets;
    expect(catalogue!.name).toBe(lang === 'da' ? 'Kategorier' : 'Categories');
    expect(lotsSheet!.getRow(1).getCell(1).value).toBe(lang === 'da' ? 'Titel' : 'Title');
    expect(lotsSheet!.actualRowCount).toBe(3);
    const categoryRows = catalogue!.actualRowCount - 1;
    expect(categoryRows).toBeGreaterThan(50);
    expect(catalogue!.getRow(2).values).toEqual([undefined, 'murvaerk', 'Murværk', 'Bricks and clinker', lang === 'da' ? 'stk' : 'pcs', lang === 'da' ? 'stk, kg, t' : 'pcs, kg, t', '17 01 02']);
    expect(lotsSheet!.getCell('D2').dataValidation).toMatchObject({ type: 'list' });

    const back = await upload(active.id, res.rawPayload, { name: 'template.xlsx' });
    expect(back.statusCode, back.body).toBe(200);
    expect(json(back)).toMatchObject({ language: lang, total: 2, valid: 2, warnings: [] });
    expect(json(back).rows.map((r: { lot: { categorySlug: string } }) => r.lot.categorySlug)).toEqual(['murvaerk-mursten', 'tag-tegltagsten']);
  });

  it('downloads the CSV template with a BOM, semicolons and decimal commas, and imports it back', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/imports/lots-template.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="byg360-importskabelon.csv"');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Titel;Kategori;Antal;Enhed;Stand;Beskrivelse;Dimensioner;Pris (kr. pr. enhed);Tilgængelig fra;Afhentes senest;Testet fri for;Miljørapport;Miljø/farlige stoffer;Status');
    expect(lines[2]).toContain(';85,5;m2;');
    expect(lines[1]).toContain(';2,50;');

    const back = json(await upload(active.id, res.rawPayload));
    expect(back).toMatchObject({ language: 'da', total: 2, valid: 2, warnings: [] });
    expect(back.rows[0].lot).toMatchObject({ priceDkk: '2.5', quantity: '2400' });
  });
});

describe('a large inventory', () => {
  it('commits 5,000 rows in one go', async () => {
    const projectId = await newProject(contractor);
    const units = [
      ['Mursten', 'stk'],
      ['Tegltagsten', 'm2'],
      ['Bjælker', 'm3'],
      ['Stålbjælker (I- og H-profiler)', 'm'],
      ['17 08 02', 'kvm'],
    ];
    const lines = ['Titel;Kategori;Antal;Enhed;Stand;Beskrivelse;Pris;Tilgængelig fra;Afhentes senest'];
    for (let i = 0; i < 5000; i++) {
      const [category, unit] = units[i % units.length]!;
      lines.push(`Parti nr. ${i + 1};${category};${(i % 97) + 1},5;${unit};${'ABC'[i % 3]};Fra etage ${i % 4};${i % 50},25;${danishDay(i % 5)};${danishDay(30)}`);
    }
    const started = performance.now();
    const res = await upload(projectId, BOM + lines.join('\r\n'), { mode: 'commit' });
    const ms = Math.round(performance.now() - started);
    expect(res.statusCode, res.body.slice(0, 500)).toBe(201);
    expect(json(res)).toMatchObject({ total: 5000, valid: 5000, created: 5000 });
    console.info(`5,000-row import committed in ${ms} ms (${t.database.kind})`);
    expect(await countLots(projectId)).toBe(5000);
    const lotIds: string[] = json(res).lotIds;
    const [events] = await t.database.db.select({ n: count() }).from(lotEvents).where(eq(lotEvents.lotId, lotIds[4999]!));
    expect(events!.n).toBe(1);
  }, 60_000);
});

describe('API documentation', () => {
  it('documents the import and the templates', async () => {
    const doc = json(await t.app.inject({ method: 'GET', url: '/docs/json' }));
    const post = doc.paths['/api/projects/{id}/lots/import'].post;
    expect(Object.keys(post.requestBody?.content ?? {})).toContain('multipart/form-data');
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '201', '413', '415', '422']));
    expect(post.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'mode']));
    expect(doc.paths['/api/imports/lots-template.xlsx'].get).toBeDefined();
  });
});
