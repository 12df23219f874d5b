import type { ImportWarning } from '@byg360/shared';
import type { ColumnMap, HeaderReader } from './columns.ts';
import { fileProblem, problem } from './issues.ts';
import type { Sheet } from './read-spreadsheet.ts';

export interface LocatedTable<K extends string> {
  sheet: Sheet;
  /** Index of the header row among the sheet's rows. */
  header: number;
  columns: ColumnMap<K>;
}

/**
 * The table: in a workbook, the first sheet whose header names the required columns (a template's
 * second sheet may list categories or codes). Refuses a file without them, naming what is missing.
 */
export function locateTable<K extends string>(sheets: Sheet[], headers: HeaderReader<K>, required: readonly K[]): LocatedTable<K> {
  let first: LocatedTable<K> | null = null;
  for (const sheet of sheets) {
    const found = headers.findHeaderRow(sheet.rows);
    if (!found) continue;
    const candidate = { sheet, header: found.at, columns: found.columns };
    if (required.every((k) => found.columns.byKey.has(k))) return candidate;
    first ??= candidate;
  }
  if (!first) throw fileProblem('VALIDATION', 'file.no_rows', {}, 'The file has no rows');
  const { columns } = first;
  // The message names the columns in the file's language; the params in both, for clients to pick.
  const missing = required.filter((k) => !columns.byKey.has(k));
  const inFile = (keys: readonly K[]) => keys.map((k) => headers.columnName(k, columns.language));
  throw fileProblem(
    'VALIDATION',
    'file.columns_missing',
    { columns: headers.columnNames(missing), required: headers.columnNames(required) },
    `Missing ${missing.length === 1 ? 'column' : 'columns'}: ${inFile(missing).join(', ')}. The header row must name ${inFile(required).join(', ')}.`,
    inFile(missing).map((name) => ({ path: name, message: 'Missing column' })),
  );
}

/** What the reader skipped or ignored: other sheets that look like tables, rows above the header, unknown or duplicate columns. */
export function tableWarnings<K extends string>(table: LocatedTable<K>, sheets: Sheet[], headers: HeaderReader<K>): ImportWarning[] {
  const { sheet, header, columns } = table;
  const row = sheet.rows[header]!.number;
  const warnings: ImportWarning[] = [];
  const others = sheets.filter((s) => s !== sheet && (headers.findHeaderRow(s.rows)?.columns.byKey.size ?? 0) >= 3);
  if (others.length) {
    warnings.push({
      row: null,
      column: null,
      ...problem('table.other_sheets', { sheet: sheet.name, others: others.map((s) => s.name) }, `Only the worksheet “${sheet.name}” was imported, not ${others.map((s) => `“${s.name}”`).join(', ')}`),
    });
  }
  if (row > 1) warnings.push({ row, column: null, ...problem('table.header_row', { row }, `Row ${row} was read as the header row; the rows above it were skipped`) });
  for (const h of columns.headers) {
    if (h.key) continue;
    warnings.push({
      row,
      column: h.header,
      ...(h.duplicateOf
        ? problem('column.duplicate', { column: h.duplicateOf }, `Ignored: the column “${h.duplicateOf}” already gives this field`)
        : problem('column.unknown', {}, 'Unknown column: ignored')),
    });
  }
  return warnings;
}
