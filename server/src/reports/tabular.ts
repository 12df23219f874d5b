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
  /**
   * The rows, page by page: one page for a table held in memory; for a long one, pages read as
   * the file is written, each a lazy iterable so that its rows' cells die young (a row's array may
   * be reused once the next row is asked for). An await per page rather than per row keeps the
   * writers' loops synchronous.
   */
  pages: Iterable<Iterable<TableCell[]>> | AsyncIterable<Iterable<TableCell[]>>;
}

/**
 * The first characters that make a spreadsheet program read a text as a formula (or a DDE
 * command): = + - @, a tab or a carriage return. A leading apostrophe makes it plain text (OWASP
 * "CSV injection"); the lots CSV, written by the database, applies the same rule in SQL.
 */
export const FORMULA_STARTS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

export const neutralise = (text: string): string => (FORMULA_STARTS.includes(text.charAt(0)) ? `'${text}` : text);

// ── CSV ─────────────────────────────────────────────────────────────────────────────

export const csvDialect = (locale: ReportLocale) => (locale === 'da' ? ({ delimiter: ';', decimal: ',' } as const) : ({ delimiter: ',', decimal: '.' } as const));

/** Whether a text needs RFC 4180 quotes: a quote, CR, LF or the delimiter in it (a loop over char codes: cheaper than a regular expression on short texts). */
function needsQuotes(text: string, delimiter: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 13 || c === 10 || c === delimiter) return true;
  }
  return false;
}

const quoted = (text: string, delimiter: number) => (needsQuotes(text, delimiter) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * One cell as CSV: numbers get the decimal mark and never need quotes (the mark is never the
 * delimiter); text is neutralised and quoted where needed. One function for every column (not a
 * closure per column), so that the call in the row loop stays monomorphic and is inlined.
 */
function csvCell(value: TableCell, type: ColumnType, delimiter: number, decimalComma: boolean): string {
  if (value === null) return '';
  const text = String(value);
  switch (type) {
    case 'text':
      return text === '' ? '' : quoted(neutralise(text), delimiter);
    case 'date':
      return quoted(text, delimiter);
    default:
      return decimalComma && text.includes('.') ? text.replace('.', ',') : text;
  }
}

/** The BOM (so that spreadsheet programs read UTF-8) and the header line, with its CRLF. */
export function csvHeader(columns: Column[], locale: ReportLocale): string {
  const { delimiter, decimal } = csvDialect(locale);
  return '\uFEFF' + columns.map((c) => csvCell(c.header, 'text', delimiter.charCodeAt(0), decimal === ',')).join(delimiter) + '\r\n';
}

/** About 200 kB of text per chunk: few writes, and the event loop gets its turn (to read the next page) between chunks. */
const ROWS_PER_CHUNK = 1000;

/** The table as CSV chunks (UTF-8): BOM, header line, rows (CRLF line ends, RFC 4180 quoting). */
export async function* csvChunks(table: Table, locale: ReportLocale): AsyncGenerator<Buffer> {
  const dialect = csvDialect(locale);
  const delimiter = dialect.delimiter.charCodeAt(0);
  const decimalComma = dialect.decimal === ',';
  const types = table.columns.map((c) => c.type);
  const width = types.length;
  // Lines and chunks are joined from arrays (flat strings, where += builds trees of thousands of
  // pieces that outlive the young generation while they wait to be written); each chunk leaves as
  // UTF-8 bytes, encoded once and held outside the JavaScript heap.
  const cells: string[] = new Array<string>(width).fill('');
  const lines: string[] = [csvHeader(table.columns, locale).slice(0, -2)];
  for await (const page of table.pages) {
    for (const row of page) {
      for (let i = 0; i < width; i++) cells[i] = csvCell(row[i] ?? null, types[i]!, delimiter, decimalComma);
      if (lines.push(cells.join(dialect.delimiter)) === ROWS_PER_CHUNK) {
        yield Buffer.from(lines.join('\r\n') + '\r\n');
        lines.length = 0;
      }
    }
  }
  if (lines.length) yield Buffer.from(lines.join('\r\n') + '\r\n');
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
      for await (const page of table.pages) {
        for (const row of page) {
          sheet.addRow(table.columns.map((c, i) => xlsxValue(row[i] ?? null, c.type))).commit();
          if (++n % 250 === 0) {
            if (out.destroyed) return; // the reader went away: stop reading the database
            if (out.writableNeedDrain) await drained();
          }
        }
      }
      sheet.commit();
    }
    await workbook.commit();
  })().catch((err: Error) => out.destroy(err));
  return out;
}
