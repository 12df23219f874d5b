import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReportLocale } from '@byg360/shared';

/**
 * Tables written as CSV or XLSX, row by row, so that memory does not grow with the number of
 * rows. Numbers arrive as exact decimal strings. Files open correctly in Danish spreadsheet
 * programs (CSV: UTF-8 BOM, semicolons, decimal comma; XLSX: real numbers with number formats),
 * and no text can be executed as a formula.
 */

export type ColumnType = 'text' | 'decimal' | 'integer' | 'rate' | 'date';
export interface Column {
  header: string;
  type: ColumnType;
  width?: number;
}
export type TableCell = string | number | null;
export interface Table {
  /** Sheet name (at most 31 characters, no : \ / ? * [ ]). */
  name: string;
  columns: Column[];
  rows: Iterable<TableCell[]> | AsyncIterable<TableCell[]>;
}

/**
 * Text a spreadsheet program would read as a formula (or a DDE command) starts with = + - @, a
 * tab or a carriage return; a leading apostrophe makes it plain text (OWASP "CSV injection").
 */
export function neutralise(text: string): string {
  const first = text.charCodeAt(0);
  // = + - @ tab CR
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13 ? `'${text}` : text;
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────

export const csvDialect = (locale: ReportLocale) => (locale === 'da' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' });

type Dialect = ReturnType<typeof csvDialect>;

/** A formatter per column: numbers get the decimal mark and never need quotes (the mark is never the delimiter); text is neutralised and quoted where needed. */
function csvFormatter(type: ColumnType, dialect: Dialect): (value: TableCell) => string {
  const needsQuotes = new RegExp(`["\r\n${dialect.delimiter}]`);
  const quote = (text: string) => (needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  if (type === 'text') return (value) => (value === null || value === '' ? '' : quote(neutralise(String(value))));
  if (type === 'date') return (value) => (value === null ? '' : quote(String(value)));
  if (dialect.decimal === '.') return (value) => (value === null ? '' : String(value));
  return (value) => (value === null ? '' : String(value).replace('.', ','));
}

const ROWS_PER_CHUNK = 1000;

/** The table as CSV text chunks: BOM, header line, rows (CRLF line ends, RFC 4180 quoting). */
export async function* csvChunks(table: Table, locale: ReportLocale): AsyncGenerator<string> {
  const dialect = csvDialect(locale);
  const header = csvFormatter('text', dialect);
  const formatters = table.columns.map((c) => csvFormatter(c.type, dialect));
  const width = formatters.length;
  let chunk = '\uFEFF' + table.columns.map((c) => header(c.header)).join(dialect.delimiter) + '\r\n';
  let n = 0;
  for await (const row of table.rows) {
    let line = formatters[0]!(row[0] ?? null);
    for (let i = 1; i < width; i++) line += dialect.delimiter + formatters[i]!(row[i] ?? null);
    chunk += line + '\r\n';
    if (++n % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** One chunk of read-ahead, so that rows are fetched as the reader takes them. */
export const csvStream = (table: Table, locale: ReportLocale): Readable => Readable.from(csvChunks(table, locale), { highWaterMark: 1 });

// ── XLSX ────────────────────────────────────────────────────────────────────────────

const numFmt: Record<ColumnType, string> = {
  text: '@',
  date: 'yyyy-mm-dd',
  decimal: '#,##0.000',
  integer: '0',
  rate: '0.0%',
};

function xlsxValue(value: TableCell, type: ColumnType): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (type === 'text') {
    // An inline rich-text string: always text, never a formula, and no shared-strings table growing in memory.
    return { richText: [{ text: String(value) }] };
  }
  if (type === 'date') {
    const d = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? { richText: [{ text: String(value) }] } : d;
  }
  return typeof value === 'number' ? value : Number(value);
}

/**
 * A workbook with one sheet per table, streamed: each row is committed (written to the zip) as
 * soon as it is added, and the producer waits when the reader falls behind.
 */
export function xlsxStream(tables: Table[]): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Byg360 materials exchange';
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
    });
  (async () => {
    for (const table of tables) {
      const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = table.columns.map((c, i) => ({
        key: String(i),
        width: c.width ?? (c.type === 'text' ? 24 : 14),
        style: { numFmt: numFmt[c.type] },
      }));
      const header = sheet.addRow(table.columns.map((c) => ({ richText: [{ text: c.header }] })));
      header.font = { bold: true };
      header.commit();
      let n = 0;
      for await (const row of table.rows) {
        sheet.addRow(table.columns.map((c, i) => xlsxValue(row[i] ?? null, c.type))).commit();
        if (++n % 250 === 0) {
          if (out.destroyed) return; // the reader went away: stop reading the database
          if (out.writableNeedDrain) await drained();
        }
      }
      sheet.commit();
    }
    await workbook.commit();
  })().catch((err: Error) => out.destroy(err));
  return out;
}
