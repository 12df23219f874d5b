import { z } from 'zod';
import { unitSchema } from './categories.ts';
import { idSchema } from './common.ts';
import { errorResponseSchema, problemParamSchema, problemParamsSchema, type ProblemParams } from './errors.ts';
import { conditionSchema } from './lots.ts';

/** Inventory spreadsheets (CSV or XLSX) imported as lots: limits, columns, and the result of a dry run or a commit. */

export const importMaxBytes = 10 * 1024 * 1024;
export const importMaxRows = 10_000;

export const importModes = ['dry-run', 'commit'] as const;
export type ImportMode = (typeof importModes)[number];
export const importQuerySchema = z.object({
  mode: z.enum(importModes).default('dry-run').describe('dry-run checks every row and creates nothing; commit creates all rows or none'),
});

/** The upload: multipart/form-data with the file in the field `file` (the body is read by the route, so it may be absent here). */
export const importFileBodySchema = z
  .object({ file: z.any().meta({ type: 'string', format: 'binary', description: 'CSV (UTF-8, comma, semicolon or tab) or XLSX, at most 10 MB' }) })
  .nullish();

export const importLanguages = ['da', 'en'] as const;
export type ImportLanguage = (typeof importLanguages)[number];
export const importTemplateQuerySchema = z.object({
  lang: z.enum(importLanguages).default('da').describe('language of the header row and the category sheet'),
});

/** The columns an inventory may have, with the header the template uses in each language. */
export const importColumns = [
  { key: 'title', da: 'Titel', en: 'Title', required: true },
  { key: 'category', da: 'Kategori', en: 'Category', required: true },
  { key: 'quantity', da: 'Antal', en: 'Quantity', required: true },
  { key: 'unit', da: 'Enhed', en: 'Unit', required: true },
  { key: 'condition', da: 'Stand', en: 'Condition', required: true },
  { key: 'description', da: 'Beskrivelse', en: 'Description', required: false },
  { key: 'dimensions', da: 'Dimensioner', en: 'Dimensions', required: false },
  { key: 'price', da: 'Pris', en: 'Price', required: false },
  { key: 'availableFrom', da: 'Tilgængelig fra', en: 'Available from', required: false },
  { key: 'pickUpBy', da: 'Afhentes senest', en: 'Pick up by', required: false },
  { key: 'testedFree', da: 'Testet fri for', en: 'Tested free of', required: false },
  { key: 'hazardReport', da: 'Miljørapport', en: 'Hazard report', required: false },
  { key: 'hazardNote', da: 'Miljø/farlige stoffer', en: 'Hazard note', required: false },
  { key: 'status', da: 'Status', en: 'Status', required: false },
] as const;
export type ImportColumnKey = (typeof importColumns)[number]['key'];

/**
 * What can be wrong with a cell or a row, or worth a warning about the table. Clients show the text for
 * the code in their own language, filled in from the issue's params; `message` is the same in English.
 */
export const importIssueCodes = [
  'required',
  'invalid',
  'text.too_short',
  'text.too_long',
  'number.invalid',
  'number.format',
  'number.format_positive',
  'number.not_positive',
  'number.too_small',
  'number.too_large',
  'date.invalid',
  'date.not_in_calendar',
  'date.order',
  'date.before_harvest',
  'date.after_harvest',
  'category.unknown',
  'category.not_found',
  'category.ambiguous',
  'category.ewc_unknown',
  'category.ewc_ambiguous',
  'unit.unknown',
  'unit.not_allowed',
  'condition.unknown',
  'status.unknown',
  'status.unverified_organisation',
  'substance.unknown',
  'year.invalid',
  'year.too_early',
  'year.too_late',
  'year.future',
  'postcode.format',
  'postcode.missing',
  'postcode.other_municipality',
  'municipality.format',
  'municipality.missing',
  'municipality.unknown',
  'municipality.not_own',
  'building_use.unknown',
  'building_use.unknown_code',
  'construction_type.unknown',
  'construction_type.unknown_code',
  'latitude.range',
  'longitude.range',
  'coordinates.incomplete',
  'table.other_sheets',
  'table.header_row',
  'column.unknown',
  'column.duplicate',
] as const;
export type ImportIssueCode = (typeof importIssueCodes)[number];

export const importIssueParamSchema = problemParamSchema;
export type ImportIssueParams = ProblemParams;

/**
 * What can be wrong with a whole file, so that nothing of it can be checked: the `reason` of the error
 * response, with `params` (the missing columns, the limits) for clients to word in their language.
 */
export const importFileProblemCodes = [
  'file.missing',
  'file.not_multipart',
  'file.too_large',
  'file.empty',
  'file.xls',
  'file.not_utf8',
  'file.binary',
  'file.csv_unreadable',
  'file.xlsx_unreadable',
  'file.no_worksheets',
  'file.no_rows',
  'file.columns_missing',
  'file.place_column_missing',
  'file.no_data_rows',
  'file.too_many_rows',
] as const;
export type ImportFileProblemCode = (typeof importFileProblemCodes)[number];

const issueCodeSchema = z.string().describe(`one of ${importIssueCodes.join(', ')}; clients that do not know a code show the message`);
const issueParamsSchema = problemParamsSchema.describe('the values the message names (the cell’s text, limits, valid choices); names in both languages as { da, en }');

export const importIssueSchema = z.object({
  /** Spreadsheet row number: the header is row 1 when it is the first row, so the first data row is 2. */
  row: z.number().int(),
  /** The header as written in the file (or the column's name when the file has no such column). */
  column: z.string(),
  /** In English, for API clients; the web shows the text of `code` in the user's language. */
  message: z.string(),
  code: issueCodeSchema,
  params: issueParamsSchema,
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importWarningSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  code: issueCodeSchema,
  params: issueParamsSchema,
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

/** What a valid row will become. */
export const importedLotSchema = z.object({
  title: z.string(),
  categoryId: idSchema,
  categorySlug: z.string(),
  categoryName: z.string().describe('Danish name'),
  categoryNameEn: z.string(),
  quantity: z.string(),
  unit: unitSchema,
  condition: conditionSchema,
  priceDkk: z.string(),
  availableFrom: z.string().nullable(),
  pickUpBy: z.string().nullable(),
  status: z.enum(['draft', 'published']),
  /** Estimated mass from the category's factor; null when the unit cannot be converted. */
  estimatedKg: z.string().nullable(),
});
export type ImportedLot = z.infer<typeof importedLotSchema>;

/**
 * The answer to an import of any resource: every row's result, with what a valid row becomes under
 * `itemKey`, and after a commit the new ids under `idsKey`. One factory, so that the imports agree.
 */
export function importResultSchemas<const ItemKey extends string, Item extends z.ZodType, const IdsKey extends string>({
  itemKey,
  item,
  idsKey,
}: {
  itemKey: ItemKey;
  item: Item;
  idsKey: IdsKey;
}) {
  // Computed keys widen to string; the casts keep the literal names in the inferred types.
  const itemField = { [itemKey]: item.optional() } as { [K in ItemKey]: z.ZodOptional<Item> };
  const idsField = { [idsKey]: z.array(idSchema).optional() } as { [K in IdsKey]: z.ZodOptional<z.ZodArray<typeof idSchema>> };
  const row = z.object({
    row: z.number().int(),
    ok: z.boolean(),
    ...itemField,
    errors: z.array(importIssueSchema),
  });
  const result = z.object({
    mode: z.enum(importModes),
    format: z.enum(['csv', 'xlsx']),
    /** The language the headers were recognised in; messages name columns in it. */
    language: z.enum(importLanguages),
    /** Each header of the file and the column it was read as (null: ignored). */
    columns: z.array(z.object({ header: z.string(), key: z.string().nullable() })),
    total: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    rows: z.array(row),
    warnings: z.array(importWarningSchema),
    /** Commit only: how many were created, and their ids in row order. */
    created: z.number().int().optional(),
    ...idsField,
  });
  /** A commit refused because rows are invalid: nothing was created; the row results say why. */
  const rejected = result.extend({ error: errorResponseSchema.shape.error });
  return { row, result, rejected };
}

const lotImportSchemas = importResultSchemas({ itemKey: 'lot', item: importedLotSchema, idsKey: 'lotIds' });

export const importRowResultSchema = lotImportSchemas.row;
export type ImportRowResult = z.infer<typeof importRowResultSchema>;

export const importResultSchema = lotImportSchemas.result;
export type ImportResult = z.infer<typeof importResultSchema>;

export const importRejectedSchema = lotImportSchemas.rejected;
export type ImportRejected = z.infer<typeof importRejectedSchema>;

/** What the answers of all imports have in common, whatever their rows become. */
export type ImportResultBase = Omit<ImportResult, 'rows' | 'lotIds'> & { rows: Omit<ImportRowResult, 'lot'>[] };
