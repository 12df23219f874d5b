import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crlfLineEnds } from '../../src/db/copy-csv.ts';
import { categoryId, demoSession, projectBody, type Session } from '../helpers/fixtures.ts';
import { buildTestApp, json, type TestApp } from '../helpers/test-app.ts';

/** Titles that a careless CSV writer would break or a spreadsheet would run. */
const HOSTILE = [
  'Mursten; gule, "Flensborg"',
  'Tagsten\r\nanden linje\nog tredje',
  '+45 12 34 56 78',
  '-3 dør',
  '@SUM(A1:A9)',
  '\tfaneblad',
  'Æbletræ – ønsker “gode” hænder',
];

let t: TestApp;
let planner: Session;
const year = new Date().getFullYear();
const PERIOD = `from=${year - 1}-01-01&to=${year}-12-31&postcode=3730`;

beforeAll(async () => {
  t = await buildTestApp();
  planner = await demoSession(t.app, 'planner');
  const contractor = await demoSession(t.app, 'contractor');
  const project = json(await t.app.inject({ method: 'POST', url: '/api/projects', headers: contractor.headers, payload: projectBody({ postcode: '3730', title: '=Projekt "Nexø"' }) })).id;
  const bricks = await categoryId(t.app, 'murvaerk-mursten');
  for (const [i, title] of HOSTILE.entries()) {
    await t.database.db.execute(sql`
      insert into lots (project_id, category_id, title, quantity, unit, condition, status, published_at)
      values (${project}::uuid, ${bricks}::uuid, ${title}, ${`${i + 1}.25`}, 'pcs', 'B', 'published', now() - interval '1 day')`);
  }
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: planner.headers });

describe('lots CSV, written by the database', () => {
  it('quotes delimiters, quotes and line breaks (RFC 4180, CRLF line ends), neutralises formulas, and reads back strictly', async () => {
    for (const [locale, delimiter, decimal] of [['da', ';', ','], ['en', ',', '.']] as const) {
      const res = await get(`/api/reports/supply-demand?${PERIOD}&format=csv&breakdown=lots&locale=${locale}`);
      expect(res.statusCode).toBe(200);
      const body = res.body;
      expect(body.startsWith('\uFEFF')).toBe(true);
      // Every record ends with CRLF; the LFs left are inside quoted fields.
      expect(body.endsWith('\r\n')).toBe(true);
      const rows: string[][] = parse(body, { delimiter, bom: true, record_delimiter: '\r\n' });
      const [header, ...data] = rows;
      expect(header).toHaveLength(29);
      expect(data).toHaveLength(HOSTILE.length);
      const neutral = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      expect(data.map((r) => r[1]).sort()).toEqual(HOSTILE.map(neutral).sort());
      expect(new Set(data.map((r) => r[4]))).toEqual(new Set([`'=Projekt "Nexø"`]));
      for (const r of data) {
        expect(r).toHaveLength(29);
        expect(r[9]).toMatch(new RegExp(`^\\d\\${decimal}25$`)); // quantity with the locale's decimal mark
        expect(r[11]).toBe(r[9]); // listed: the whole lot
      }
    }
  });

  it('lists the same lots and values as the XLSX lots sheet', async () => {
    const csv: string[][] = parse((await get(`/api/reports/supply-demand?${PERIOD}&format=csv&breakdown=lots&locale=en`)).body, { bom: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get(`/api/reports/supply-demand?${PERIOD}&format=xlsx&locale=en`)).rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Lots')!;
    const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    const xlsx: string[][] = [];
    sheet.eachRow((row, n) => n > 1 && xlsx.push(Array.from({ length: 29 }, (_, i) => text(row.getCell(i + 1).value))));
    // The sheet lists the lots in id order; the streamed CSV in the order the database produces them.
    const csvById = new Map(csv.slice(1).map((r) => [r[0], r]));
    expect(xlsx.map((r) => r[0]).sort()).toEqual([...csvById.keys()].sort());
    xlsx.forEach((r) => {
      const c = csvById.get(r[0])!;
      // The sheet keeps the title as it is (its text cells never run); XML reads a CR LF as LF.
      expect(c[1]!.replaceAll('\r\n', '\n')).toBe(/^[=+\-@\t\r]/.test(r[1]!) ? `'${r[1]}` : r[1]);
      expect(c.slice(5, 11)).toEqual(r.slice(5, 11));
      expect(c.slice(11).map(Number)).toEqual(r.slice(11).map((v) => (v === '' ? 0 : Number(v))));
    });
  });
});

describe('crlfLineEnds', () => {
  it('turns record ends into CRLF and leaves quoted line breaks alone, however the text is cut into chunks', () => {
    const field = fc.oneof(fc.constantFrom('a', '', 'æø', 'x;y'), fc.string({ unit: fc.constantFrom('a', '"', '\n', ';', ' ') }).map((s) => `"${s.replaceAll('"', '""')}"`));
    const record = fc.array(field, { minLength: 1, maxLength: 4 }).map((fields) => fields.join(';'));
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 5 }), (records, cuts) => {
        const input = Buffer.from(records.map((r) => `${r}\n`).join(''));
        const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
        const convert = crlfLineEnds();
        const chunks = [0, ...points].map((from, i, all) => input.subarray(from, all[i + 1] ?? input.length));
        const output = Buffer.concat(chunks.map(convert)).toString();
        expect(output).toBe(records.map((r) => `${r}\r\n`).join(''));
      }),
      { numRuns: 2000 },
    );
  });
});
