import { isoDay, type LotStatus, type Unit } from '@byg360/shared';
import { foldings } from './columns.ts';
import { problem, type Problem } from './issues.ts';
import { isEmptyCell, type Cell } from './read-spreadsheet.ts';

/** A cell read as one field: the value, or why it cannot be. */
export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & Problem);
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (...args: Parameters<typeof problem>): Parsed<never> => ({ ok: false, ...problem(...args) });

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Text of a cell, trimmed; null when empty. Dates as YYYY-MM-DD, numbers without float noise. */
export function cellText(cell: Cell | undefined): string | null {
  if (isEmptyCell(cell)) return null;
  if (cell instanceof Date) return isoOf(cell);
  if (typeof cell === 'number') return cleanNumber(cell);
  return String(cell).trim();
}

/** 0.1 + 0.2 from a formula is 0.30000000000000004; twelve significant digits is more than any lot needs. */
const cleanNumber = (n: number) => String(Number(n.toPrecision(12)));

const CURRENCY = /^(?:kr\.?|dkk)\s*|\s*(?:kr\.?|dkk|,-|\.-)$/gi;

/**
 * A decimal as the lot schema takes it ("1250.5"), from a number cell or from text written the
 * Danish way ("1.250,50", "12,5", "45 kr.", "250,-") or the English way ("1,250.50", "12.5").
 * A lone dot before three digits ("1.250") is a thousands separator in a Danish file and a
 * decimal point in an English one. Text that is not a number is refused here; range and
 * number of decimals are left to the lot schema, whose messages say what is allowed.
 */
export function parseDecimal(cell: Cell | undefined, danish: boolean): Parsed<string | null> {
  if (isEmptyCell(cell)) return ok(null);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cleanNumber(cell)) : fail('number.invalid', { text: String(cell) }, 'Not a number');
  if (typeof cell !== 'string') return fail('number.invalid', { text: cellText(cell)! }, `“${cellText(cell)}” is not a number`);
  const written = cell.trim();
  const text = written.replace(CURRENCY, '').replace(/[\s\u00a0\u202f]/g, '');
  const sign = text.startsWith('-') ? '-' : '';
  const digits = sign ? text.slice(1) : text;
  let plain: string | null = null;
  if (/^\d+$/.test(digits)) plain = digits;
  else if (/^\d{1,3}(\.\d{3})*,\d+$/.test(digits) || /^\d+,\d+$/.test(digits)) plain = digits.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3}){2,}$/.test(digits) || (danish && /^\d{1,3}\.\d{3}$/.test(digits))) plain = digits.replace(/\./g, '');
  else if (/^\d{1,3}(,\d{3})*\.\d+$/.test(digits)) plain = digits.replace(/,/g, '');
  else if (/^\d{1,3}(,\d{3}){2,}$/.test(digits)) plain = digits.replace(/,/g, '');
  else if (/^\d*\.\d+$/.test(digits)) plain = digits.startsWith('.') ? `0${digits}` : digits;
  if (plain === null) return fail('number.invalid', { text: written }, `“${written}” is not a number`);
  return ok(sign + plain);
}

/**
 * A date as YYYY-MM-DD from a date cell (its calendar date, which XLSX stores without a time
 * zone and exceljs gives as UTC midnight) or from text: YYYY-MM-DD, or day first as in Denmark
 * (DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY).
 */
export function parseDate(cell: Cell | undefined): Parsed<string | null> {
  if (isEmptyCell(cell)) return ok(null);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail('date.invalid', { text: String(cell) }, 'Not a valid date') : ok(isoOf(cell));
  const text = cellText(cell)!;
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/.exec(text))) [d, m, y] = [Number(match[1]), Number(match[3]), Number(match[4])];
  else return fail('date.invalid', { text }, `“${text}” is not a date: write it as YYYY-MM-DD or DD-MM-YYYY`);
  const day = isoDay(y, m, d);
  return day === null ? fail('date.not_in_calendar', { text }, `“${text}” is not a date in the calendar`) : ok(day);
}

const unitWords: Record<Unit, string[]> = {
  pcs: ['pcs', 'pc', 'piece', 'pieces', 'each', 'ea', 'stk', 'styk', 'stykker', 'st'],
  m: ['m', 'lbm', 'lm', 'meter', 'metre', 'meters', 'metres', 'løbende meter', 'm1'],
  m2: ['m2', 'm²', 'kvm', 'kvadratmeter', 'sqm', 'square metre', 'square metres', 'square meter', 'square meters'],
  m3: ['m3', 'm³', 'kbm', 'kubikmeter', 'cbm', 'cubic metre', 'cubic metres', 'cubic meter', 'cubic meters'],
  kg: ['kg', 'kilo', 'kilogram', 'kilograms', 'kilogramme'],
  t: ['t', 'ton', 'tons', 'tonne', 'tonnes', 'tons'],
};
const unitLookup = new Map<string, Unit>();
for (const [unit, words] of Object.entries(unitWords) as [Unit, string[]][]) {
  for (const word of words) for (const f of foldings(word)) unitLookup.set(f, unit);
}

export function parseUnit(cell: Cell | undefined): Parsed<Unit | null> {
  const text = cellText(cell);
  if (text === null) return ok(null);
  for (const f of foldings(text)) {
    const unit = unitLookup.get(f);
    if (unit) return ok(unit);
  }
  return fail('unit.unknown', { text }, `Unknown unit “${text}”: use pcs (stk), m, m2, m3, kg or t`);
}

/** A, B or C; also written "b", "B – brugbar" or "C (needs work)". */
export function parseCondition(cell: Cell | undefined): Parsed<'A' | 'B' | 'C' | null> {
  const text = cellText(cell);
  if (text === null) return ok(null);
  const match = /^([abc])(?:$|[\s\-–—:.(/,])/i.exec(text);
  if (!match) return fail('condition.unknown', { text }, `Condition “${text}” is not A (as new), B (usable) or C (needs work)`);
  return ok(match[1]!.toUpperCase() as 'A' | 'B' | 'C');
}

const statusWords: Record<'draft' | 'published', string[]> = {
  draft: ['draft', 'kladde', 'udkast', 'ikke publiceret', 'not published'],
  published: ['published', 'publish', 'publiceret', 'publicér', 'publicer', 'offentliggjort', 'offentlig', 'udgivet', 'public'],
};

export function parseStatus(cell: Cell | undefined): Parsed<Exclude<LotStatus, 'closed'>> {
  const text = cellText(cell);
  if (text === null) return ok('draft');
  const f = foldings(text);
  for (const status of ['draft', 'published'] as const) {
    if (statusWords[status].some((w) => foldings(w).some((x) => f.includes(x)))) return ok(status);
  }
  return fail('status.unknown', { text }, `Status “${text}” is not draft (kladde) or published (publiceret)`);
}

const substances: Record<'asbestos' | 'pcb' | 'lead', string[]> = {
  asbestos: ['asbestos', 'asbest'],
  pcb: ['pcb', 'pcbs'],
  lead: ['lead', 'bly'],
};

/** "PCB, bly" → ['pcb', 'lead']; "ingen"/"none"/"-" → []. */
export function parseTestedFree(cell: Cell | undefined): Parsed<('asbestos' | 'pcb' | 'lead')[]> {
  const text = cellText(cell);
  if (text === null || /^(-|–|ingen|none|nej|no)$/i.test(text)) return ok([]);
  const found = new Set<'asbestos' | 'pcb' | 'lead'>();
  for (const part of text.split(/[,;/+&]|\s+og\s+|\s+and\s+/i)) {
    const word = part.trim();
    if (!word) continue;
    const hit = (Object.keys(substances) as (keyof typeof substances)[]).find((s) => substances[s].some((w) => foldings(w)[0] === foldings(word)[0]));
    if (!hit) return fail('substance.unknown', { text: word }, `Unknown substance “${word}”: list asbestos (asbest), PCB and/or lead (bly)`);
    found.add(hit);
  }
  return ok([...found]);
}
