import {
  createPlannedDemolitionBodySchema,
  importMaxRows,
  plannedDemolitionFields,
  plannedDemolitionImportColumns,
  type ImportIssue,
  type PlannedDemolitionImportColumnKey,
  type PlannedDemolitionImportResult,
} from '@byg360/shared';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { cellText, parseDecimal, type Parsed } from '../imports/cell-values.ts';
import { headerReader } from '../imports/columns.ts';
import { fileProblem, missing, problem, problemOfSchemaIssue, tooManyRows, type Problem } from '../imports/issues.ts';
import { locateTable, tableWarnings } from '../imports/locate-table.ts';
import { readSpreadsheet, type SheetRow } from '../imports/read-spreadsheet.ts';
import { exactSum } from '../lib/decimal.ts';
import { parseBuildingUse, parseConstructionType, parseMunicipalityCode, parseYear } from './building-values.ts';
import { estimateItemsForBuildings, insertPlannedDemolitions, type PlannedDemolitionInsert } from './planned-demolitions-repository.ts';
import { groupByKey, locate, placeLookup, plannerScope, toEstimate, type PlaceLookup, type PlannerScope } from './planned-demolitions-service.ts';

type Key = PlannedDemolitionImportColumnKey;

/** Headers of a BBR-like extract, Danish (also BBR's own field names) or English. */
export const plannedDemolitionHeaders = headerReader<Key>({
  columns: plannedDemolitionImportColumns,
  synonyms: {
    address: { da: ['adresse', 'beliggenhedsadresse', 'bygningens adresse', 'vejnavn og husnummer'], en: ['address', 'street address', 'building address'] },
    postcode: { da: ['postnummer', 'postnr', 'post nr'], en: ['postcode', 'post code', 'postal code', 'zip', 'zip code'] },
    buildingUse: {
      da: ['anvendelse', 'bygningens anvendelse', 'anvendelseskode', 'byg anvendelse', 'bygningsanvendelse', 'bygningstype'],
      en: ['building use', 'use', 'usage', 'building type'],
    },
    constructionType: {
      da: ['ydervægsmateriale', 'ydervæggens materiale', 'byg ydervæggens materiale', 'konstruktion', 'konstruktionstype', 'byggemåde', 'materiale'],
      en: ['construction type', 'construction', 'wall material', 'external wall material', 'material'],
    },
    constructionYear: { da: ['opførelsesår', 'byg opførelsesår', 'byggeår', 'opført'], en: ['construction year', 'year built', 'built', 'year of construction'] },
    floorAreaM2: {
      da: ['samlet bygningsareal', 'byg samlet bygningsareal', 'bygningsareal', 'etageareal', 'bruttoetageareal', 'areal', 'areal m2'],
      en: ['floor area', 'gross floor area', 'floor area m2', 'area', 'area m2'],
    },
    expectedYear: {
      da: ['forventet nedrivningsår', 'nedrivningsår', 'forventet år', 'nedrivning', 'forventet nedrivning'],
      en: ['expected year', 'expected demolition year', 'demolition year', 'expected demolition'],
    },
    note: { da: ['bemærkning', 'bemærkninger', 'note', 'noter', 'kommentar'], en: ['note', 'notes', 'comment', 'comments', 'remark'] },
    municipalityCode: { da: ['kommunekode', 'kommune nr', 'kommunenr', 'kom kode'], en: ['municipality code', 'municipality'] },
    lat: { da: ['breddegrad', 'bredde'], en: ['latitude', 'lat'] },
    lon: { da: ['længdegrad', 'længde'], en: ['longitude', 'lon', 'lng'] },
  },
});

const REQUIRED: Key[] = ['buildingUse', 'constructionType', 'floorAreaM2', 'expectedYear'];
const INSERT_CHUNK = 1000;

export interface ImportPlannedDemolitionsRequest {
  mode: 'dry-run' | 'commit';
  readFile: () => Promise<Buffer>;
}

type Input = z.output<typeof createPlannedDemolitionBodySchema>;
type Valid = { input: Input; place: { postcode: string; municipalityCode: string; lat: number | null; lon: number | null } };

/**
 * Imports planned demolitions from a BBR-like extract, with the rules of the inventory import:
 * every row is checked as if entered in the form; a dry run only reports (with each row's
 * estimate), a commit creates all rows in one transaction or, when any row is invalid, none.
 */
export async function importPlannedDemolitions(db: Db, actor: Actor, request: ImportPlannedDemolitionsRequest): Promise<PlannedDemolitionImportResult> {
  const scope = plannerScope(actor);
  const sheets = await readSpreadsheet(await request.readFile());
  const table = locateTable(sheets, plannedDemolitionHeaders, REQUIRED);
  const { columns } = table;
  if (!columns.byKey.has('postcode') && !columns.byKey.has('address')) {
    const keys = ['postcode', 'address'] as const;
    const names = keys.map((k) => plannedDemolitionHeaders.columnName(k, columns.language));
    throw fileProblem(
      'VALIDATION',
      'file.place_column_missing',
      { columns: plannedDemolitionHeaders.columnNames(keys) },
      `Missing column: ${names.join(' or ')}. Each building needs its postcode (or an address that ends with it).`,
      [{ path: names[0]!, message: 'Missing column' }],
    );
  }
  const dataRows = table.sheet.rows.slice(table.header + 1);
  if (dataRows.length === 0) throw fileProblem('VALIDATION', 'file.no_data_rows', {}, 'The file has a header row but no buildings below it');
  if (dataRows.length > importMaxRows) throw tooManyRows(dataRows.length);

  const lookup = await placeLookup(db);
  const checked: { row: number; errors: ImportIssue[]; valid?: Valid }[] = [];
  for (const row of dataRows) checked.push(await validateRow(row, columns, lookup, scope));

  const validRows = checked.filter((c) => c.valid);
  const estimates = groupByKey(
    await estimateItemsForBuildings(
      db,
      validRows.map((c) => ({
        key: String(c.row),
        buildingUse: c.valid!.input.buildingUse,
        constructionType: c.valid!.input.constructionType,
        constructionYear: c.valid!.input.constructionYear,
        floorAreaM2: c.valid!.input.floorAreaM2,
      })),
    ),
  );
  const result: PlannedDemolitionImportResult = {
    mode: request.mode,
    format: table.sheet.format,
    language: columns.language,
    columns: columns.headers.map((h) => ({ header: h.header, key: h.key })),
    total: checked.length,
    valid: validRows.length,
    invalid: checked.length - validRows.length,
    rows: checked.map((c) => {
      if (!c.valid) return { row: c.row, ok: false, errors: c.errors };
      const { input, place } = c.valid;
      const estimate = toEstimate(estimates.get(String(c.row)) ?? []);
      return {
        row: c.row,
        ok: true,
        errors: [],
        plannedDemolition: {
          address: input.address,
          postcode: place.postcode,
          municipalityCode: place.municipalityCode,
          buildingUse: input.buildingUse,
          constructionType: input.constructionType,
          constructionYear: input.constructionYear,
          floorAreaM2: input.floorAreaM2,
          expectedYear: input.expectedYear,
          archetype: estimate.archetype,
          estimatedKg: exactSum([estimate.totalKg]),
        },
      };
    }),
    warnings: tableWarnings(table, sheets, plannedDemolitionHeaders),
  };
  if (request.mode === 'dry-run' || result.invalid > 0) return result;

  const values: PlannedDemolitionInsert[] = validRows.map(({ valid }) => ({
    ...valid!.place,
    organisationId: actor.organisationId,
    createdBy: actor.id,
    address: valid!.input.address,
    buildingUse: valid!.input.buildingUse,
    constructionType: valid!.input.constructionType,
    constructionYear: valid!.input.constructionYear,
    floorAreaM2: valid!.input.floorAreaM2,
    expectedYear: valid!.input.expectedYear,
    note: valid!.input.note,
  }));
  const ids = await db.transaction(async (tx) => {
    const created: string[] = [];
    for (let i = 0; i < values.length; i += INSERT_CHUNK) created.push(...(await insertPlannedDemolitions(tx, values.slice(i, i + INSERT_CHUNK))));
    return created;
  });
  return { ...result, created: ids.length, ids };
}

async function validateRow(row: SheetRow, columns: ReturnType<typeof plannedDemolitionHeaders.mapColumns>, lookup: PlaceLookup, scope: PlannerScope) {
  const errors: ImportIssue[] = [];
  const failed = new Set<Key>();
  const label = (key: Key) => columns.byKey.get(key)?.header ?? plannedDemolitionHeaders.columnName(key, columns.language);
  const report = (key: Key, { code, params, message }: Problem) => {
    if (failed.has(key)) return;
    failed.add(key);
    errors.push({ row: row.number, column: label(key), message, code, params });
  };
  const cell = (key: Key) => {
    const column = columns.byKey.get(key);
    return column ? (row.cells[column.index] ?? null) : null;
  };
  function read<T>(key: Key, parsed: Parsed<T>): T | undefined {
    if (!parsed.ok) return void report(key, parsed);
    return parsed.value;
  }
  const danish = columns.language === 'da';
  const number = (key: Key) => {
    const value = read(key, parseDecimal(cell(key), danish));
    return value === null || value === undefined ? value : Number(value);
  };

  const body = {
    address: cellText(cell('address')),
    postcode: cellText(cell('postcode')),
    municipalityCode: read('municipalityCode', parseMunicipalityCode(cell('municipalityCode'))),
    lat: number('lat'),
    lon: number('lon'),
    buildingUse: read('buildingUse', parseBuildingUse(cell('buildingUse'))),
    constructionType: read('constructionType', parseConstructionType(cell('constructionType'))),
    constructionYear: read('constructionYear', parseYear(cell('constructionYear'))),
    floorAreaM2: read('floorAreaM2', parseDecimal(cell('floorAreaM2'), danish)),
    expectedYear: read('expectedYear', parseYear(cell('expectedYear'))),
    note: cellText(cell('note')),
  };
  for (const key of REQUIRED) if (body[key as keyof typeof body] === null) report(key, missing());
  const parsed = createPlannedDemolitionBodySchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'postcode') as Key;
      report(plannedDemolitionImportColumns.some((c) => c.key === field) ? field : 'postcode', fieldProblem(field, issue));
    }
  }
  if (errors.length > 0 || !parsed.success) return { row: row.number, errors };
  const place = await locate(lookup, scope, parsed.data);
  if (!place.ok) {
    report(place.path, place);
    return { row: row.number, errors };
  }
  return { row: row.number, errors, valid: { input: parsed.data, place: place.value } };
}

const { lat, lon } = plannedDemolitionFields;
const range = (schema: typeof lat) => ({ min: schema.unwrap().minValue!, max: schema.unwrap().maxValue! });

/** The problem a schema issue describes, by the field's own rules (plannedDemolitionFields) and then the rules every import shares. */
function fieldProblem(field: string, issue: z.core.$ZodIssue): Problem {
  const { message } = issue;
  switch (`${field} ${issue.code}`) {
    case 'postcode invalid_format':
      return problem('postcode.format', {}, message);
    case 'lat too_small':
    case 'lat too_big':
      return problem('latitude.range', range(lat), message);
    case 'lon too_small':
    case 'lon too_big':
      return problem('longitude.range', range(lon), message);
    case 'constructionYear too_small':
    case 'expectedYear too_small':
      return problem('year.too_early', { min: Number((issue as z.core.$ZodIssueTooSmall).minimum) }, message);
    case 'constructionYear too_big':
      return problem('year.future', {}, message);
    case 'expectedYear too_big':
      return problem('year.too_late', { max: Number((issue as z.core.$ZodIssueTooBig).maximum) }, message);
  }
  return problemOfSchemaIssue(issue);
}
