import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ImportFileProblemCode } from '@byg360/shared';
import { fileProblem } from './issues.ts';

/** One cell as the import reads it: CSV gives text; XLSX also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number a spreadsheet program shows (1-based, empty rows counted). */
  number: number;
  cells: Cell[];
}

export interface Sheet {
  format: 'csv' | 'xlsx';
  name: string;
  /** Non-empty rows only. */
  rows: SheetRow[];
}

const unsupported = (reason: ImportFileProblemCode, message: string) => fileProblem('UNSUPPORTED_MEDIA_TYPE', reason, {}, message);

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads a CSV or XLSX file, recognised by its content rather than its name or declared type. */
export async function readSpreadsheet(file: Buffer): Promise<Sheet[]> {
  if (file.length === 0) throw fileProblem('VALIDATION', 'file.empty', {}, 'The file is empty');
  if (startsWith(file, ZIP)) return readXlsx(file);
  if (startsWith(file, OLE)) {
    throw unsupported('file.xls', 'This is an old Excel workbook (.xls). Save it as “Excel-projektmappe (.xlsx)” or as “CSV UTF-8” and try again.');
  }
  return [readCsv(decodeText(file))];
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

const isEmptyRow = (cells: Cell[]) => cells.every(isEmptyCell);

// ── CSV ───────────────────────────────────────────────────────────────────────────────

/** UTF-8 with or without BOM (and Excel's UTF-16 “Unicode text”); anything else is refused rather than guessed. */
export function decodeText(file: Buffer): string {
  let text: string;
  try {
    text = startsWith(file, [0xff, 0xfe])
      ? new TextDecoder('utf-16le', { fatal: true }).decode(file)
      : new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw unsupported(
      'file.not_utf8',
      'The file is neither an XLSX workbook nor UTF-8 text. If you saved it from Excel as CSV, choose “CSV UTF-8 (kommasepareret) (*.csv)” ' +
        '— plain “CSV” uses an older character set that garbles æ, ø and å — or upload the .xlsx file itself.',
    );
  }
  // Valid UTF-8 can still be binary (images, PDFs with plain bytes); text files hold no NULs or other control characters.
  if (hasControlCharacters(text.slice(0, 64 * 1024))) {
    throw unsupported('file.binary', 'The file looks like binary data, not a spreadsheet. Upload an .xlsx workbook or a CSV file.');
  }
  return text.replace(/^\uFEFF/, '');
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x09 || (c > 0x0d && c < 0x20)) return true;
  }
  return false;
}

const DELIMITERS = [';', ',', '\t'] as const;

/** Counts each candidate delimiter outside quotes in the first line that has any, so "12,5" in data rows cannot mislead. */
export function detectDelimiter(text: string): string {
  for (const line of text.split(/\r\n|\n|\r/, 20)) {
    let quoted = false;
    const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
    }
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (n > 0) return best;
  }
  return ',';
}

function readCsv(text: string): Sheet {
  // Excel writes (and reads) a first line "sep=;" naming the delimiter; it does not count as a row.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const delimiter = hint?.[1] ?? detectDelimiter(body);
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (err) {
    // csv-parse names the line where reading stopped (an unclosed quote, say); clients can point to it.
    const line = (err as { lines?: unknown }).lines;
    throw fileProblem('VALIDATION', 'file.csv_unreadable', typeof line === 'number' ? { line: line + (hint ? 1 : 0) } : {}, `The CSV file could not be read: ${(err as Error).message}`);
  }
  const rows: SheetRow[] = [];
  records.forEach((cells, i) => {
    if (!isEmptyRow(cells)) rows.push({ number: i + 1, cells });
  });
  return { format: 'csv', name: 'CSV', rows };
}

// ── XLSX ──────────────────────────────────────────────────────────────────────────────

async function readXlsx(file: Buffer): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw unsupported('file.xlsx_unreadable', 'The file is a ZIP archive but not an XLSX workbook that can be read. Save it from your spreadsheet program as .xlsx or as “CSV UTF-8”.');
  }
  if (workbook.worksheets.length === 0) throw unsupported('file.no_worksheets', 'The workbook has no worksheets.');
  return workbook.worksheets.map((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(plainValue(row.getCell(c).value));
      if (!isEmptyRow(cells)) rows.push({ number, cells });
    });
    return { format: 'xlsx' as const, name: ws.name, rows };
  });
}

/** Formulas count by their cached result, rich text and hyperlinks by their text, errors as their code (e.g. "#N/A"). */
export function plainValue(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('hyperlink' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
    return typeof text === 'string' ? text : plainValue(text as ExcelJS.CellValue);
  }
  return null;
}
