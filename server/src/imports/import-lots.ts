import {
  createLotBodySchema,
  importMaxRows,
  type Category,
  type ImportColumnKey,
  type ImportIssue,
  type ImportResult,
  type ImportRowResult,
} from '@byg360/shared';
import type { Actor } from '../auth/actor.ts';
import { listCategories } from '../categories/categories-repository.ts';
import type { Db } from '../db/client.ts';
import { conflict, notFound } from '../lib/errors.ts';
import { trimDecimal } from '../lib/decimal.ts';
import { checkLotRules, insertLotsWithHistory, lotInsertOf, type CreateLotInput } from '../lots/lots-service.ts';
import { lockProject } from '../projects/projects-repository.ts';
import { getEditableProject } from '../projects/projects-service.ts';
import { categoryMatcher } from './category-matcher.ts';
import { cellText, parseCondition, parseDate, parseDecimal, parseStatus, parseTestedFree, parseUnit, type Parsed } from './cell-values.ts';
import { columnName, lotHeaders, type ColumnMap } from './columns.ts';
import { fileProblem, missing, problem, problemOfSchemaIssue, tooManyRows, type Problem } from './issues.ts';
import { locateTable, tableWarnings } from './locate-table.ts';
import { readSpreadsheet, type SheetRow } from './read-spreadsheet.ts';

/** Rows per INSERT: 1,000 lots × 14 columns stays far below PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1000;

const REQUIRED: ImportColumnKey[] = ['title', 'category', 'quantity', 'unit', 'condition'];

/** Lot field (as the lot schema and rules name it) → the spreadsheet column it comes from. */
const columnOfField: Record<string, ImportColumnKey> = {
  title: 'title',
  categoryId: 'category',
  quantity: 'quantity',
  unit: 'unit',
  condition: 'condition',
  description: 'description',
  dimensions: 'dimensions',
  priceDkk: 'price',
  availableFrom: 'availableFrom',
  pickUpBy: 'pickUpBy',
  'hazard.testedFree': 'testedFree',
  'hazard.reportRef': 'hazardReport',
  'hazard.note': 'hazardNote',
  hazard: 'hazardNote',
  status: 'status',
};

type RuleCategory = { id: string; allowedUnits: Category['allowedUnits']; nameDa: string; nameEn: string } | null;

/** A category id that no category has, for rows whose category could not be read (see validateRow). */
const UNRESOLVED = 'unresolved';

export interface ImportLotsRequest {
  mode: 'dry-run' | 'commit';
  /** Called once the caller is known to be allowed to import, so that a refused upload is never read. */
  readFile: () => Promise<Buffer>;
}

/**
 * Imports a pre-demolition inventory into a project. Every row is checked like a lot created
 * through the form (lot schema and lot rules); a dry run only reports, a commit creates all rows
 * in one transaction or — when any row is invalid — none, and reports the same way.
 */
export async function importLots(db: Db, actor: Actor, projectId: string, request: ImportLotsRequest): Promise<ImportResult> {
  const project = await getEditableProject(db, actor, projectId);
  if (project.project.status === 'completed') throw conflict('The project is completed: no new lots can be added');

  const sheets = await readSpreadsheet(await request.readFile());
  const table = locateTable(sheets, lotHeaders, REQUIRED);
  const { sheet, header, columns } = table;
  const dataRows = sheet.rows.slice(header + 1);
  if (dataRows.length === 0) throw fileProblem('VALIDATION', 'file.no_data_rows', {}, 'The file has a header row but no rows of lots below it');
  if (dataRows.length > importMaxRows) throw tooManyRows(dataRows.length);

  const categories = await listCategories(db);
  const context: RowContext = {
    db,
    columns,
    project: project.project,
    organisationVerified: project.organisation.verified,
    match: categoryMatcher(categories, columns.language),
    categories: new Map(categories.map((c) => [c.id, c])),
    // Every category up front: checkLotRules then never reaches the database, whatever the number of rows.
    ruleCache: new Map<string, RuleCategory>([
      ...categories.map((c) => [c.id, { id: c.id, allowedUnits: c.allowedUnits, nameDa: c.nameDa, nameEn: c.nameEn }] as const),
      [UNRESOLVED, null],
    ]),
  };

  const rows: ImportRowResult[] = [];
  const inputs: CreateLotInput[] = [];
  for (const row of dataRows) {
    const { result, input } = await validateRow(row, context);
    rows.push(result);
    if (input) inputs.push(input);
  }

  const result: ImportResult = {
    mode: request.mode,
    format: sheet.format,
    language: columns.language,
    columns: columns.headers.map((h) => ({ header: h.header, key: h.key })),
    total: rows.length,
    valid: inputs.length,
    invalid: rows.length - inputs.length,
    rows,
    warnings: tableWarnings(table, sheets, lotHeaders),
  };
  if (request.mode === 'dry-run' || result.invalid > 0) return result;

  const values = inputs.map((input) => lotInsertOf(projectId, input));
  const lotIds = await db.transaction(async (tx) => {
    // The project may have been completed since it was read; the lock holds it for the whole insert.
    const locked = await lockProject(tx, projectId);
    if (!locked) throw notFound('Project');
    if (locked.status === 'completed') throw conflict('The project is completed: no new lots can be added');
    const ids: string[] = [];
    for (let i = 0; i < values.length; i += INSERT_CHUNK) {
      ids.push(...(await insertLotsWithHistory(tx, actor, values.slice(i, i + INSERT_CHUNK))));
    }
    return ids;
  });
  return { ...result, created: lotIds.length, lotIds };
}

interface RowContext {
  db: Db;
  columns: ColumnMap;
  project: { harvestFrom: string | null; harvestTo: string | null };
  organisationVerified: boolean;
  match: ReturnType<typeof categoryMatcher>;
  categories: Map<string, Category>;
  ruleCache: Map<string, RuleCategory>;
}

async function validateRow(row: SheetRow, ctx: RowContext): Promise<{ result: ImportRowResult; input?: CreateLotInput }> {
  const { columns } = ctx;
  const errors: ImportIssue[] = [];
  /** Columns that already have an error, so that the schema and the rules do not report them twice. */
  const failed = new Set<ImportColumnKey>();
  const label = (key: ImportColumnKey) => columns.byKey.get(key)?.header ?? columnName(key, columns.language);
  const report = (key: ImportColumnKey, { code, params, message }: Problem) => {
    if (failed.has(key)) return;
    failed.add(key);
    errors.push({ row: row.number, column: label(key), message, code, params });
  };
  const cell = (key: ImportColumnKey) => {
    const column = columns.byKey.get(key);
    return column ? (row.cells[column.index] ?? null) : null;
  };
  function read<T>(key: ImportColumnKey, parsed: Parsed<T>, required = false): T | undefined {
    if (!parsed.ok) return void report(key, parsed);
    if (required && parsed.value === null) return void report(key, missing());
    return parsed.value;
  }

  const danish = columns.language === 'da';
  const title = read('title', { ok: true, value: cellText(cell('title')) }, true);
  const categoryText = cellText(cell('category'));
  const category = categoryText === null ? read('category', { ok: true, value: null }, true) : read('category', ctx.match(categoryText));
  const quantity = read('quantity', parseDecimal(cell('quantity'), danish), true);
  const unit = read('unit', parseUnit(cell('unit')), true);
  const condition = read('condition', parseCondition(cell('condition')), true);
  const price = read('price', parseDecimal(cell('price'), danish));
  const availableFrom = read('availableFrom', parseDate(cell('availableFrom')));
  const pickUpBy = read('pickUpBy', parseDate(cell('pickUpBy')));
  const testedFree = read('testedFree', parseTestedFree(cell('testedFree')));
  const status = read('status', parseStatus(cell('status')));

  const parsed = createLotBodySchema.safeParse({
    categoryId: category?.id,
    title,
    description: cellText(cell('description')),
    quantity,
    unit,
    condition,
    dimensions: cellText(cell('dimensions')),
    priceDkk: price ?? undefined,
    availableFrom,
    pickUpBy,
    hazard: { testedFree: testedFree ?? [], reportRef: cellText(cell('hazardReport')), note: cellText(cell('hazardNote')) },
    status,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, sub] = issue.path.map(String);
      report(columnOfField[sub ? `${field}.${sub}` : field!] ?? columnOfField[field!] ?? 'title', problemOfSchemaIssue(issue));
    }
  }

  // The rules run on what could be read, so that one pass reports every problem of the row.
  const rules = await checkLotRules(
    ctx.db,
    { categoryId: category?.id ?? UNRESOLVED, unit: unit ?? '', availableFrom: availableFrom ?? null, pickUpBy: pickUpBy ?? null },
    ctx.project,
    ctx.ruleCache,
  );
  for (const rule of rules) report(columnOfField[rule.path] ?? 'category', rule);
  if (status === 'published' && !ctx.organisationVerified) {
    report(
      'status',
      problem('status.unverified_organisation', {}, 'Your organisation must be verified by an administrator before its lots can be published; import them as drafts'),
    );
  }

  if (errors.length > 0 || !parsed.success) return { result: { row: row.number, ok: false, errors } };
  const input = parsed.data;
  const lotCategory = ctx.categories.get(input.categoryId)!;
  return {
    input,
    result: {
      row: row.number,
      ok: true,
      errors: [],
      lot: {
        title: input.title,
        categoryId: lotCategory.id,
        categorySlug: lotCategory.slug,
        categoryName: lotCategory.nameDa,
        categoryNameEn: lotCategory.nameEn,
        quantity: input.quantity,
        unit: input.unit,
        condition: input.condition,
        priceDkk: input.priceDkk,
        availableFrom: input.availableFrom,
        pickUpBy: input.pickUpBy,
        status: input.status,
        estimatedKg: estimateKg(input.quantity, input.unit, lotCategory),
      },
    },
  };
}

/** The same estimate the lot views show (lot-mass.ts): exact for kg and t, by the category's factor for its default unit. */
function estimateKg(quantity: string, unit: string, category: Category): string | null {
  const q = Number(quantity);
  const kg = unit === 'kg' ? q : unit === 't' ? q * 1000 : unit === category.defaultUnit && category.kgPerUnit !== null ? q * Number(category.kgPerUnit) : null;
  return kg === null ? null : trimDecimal(kg.toFixed(1));
}
