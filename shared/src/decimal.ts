import { z } from 'zod';
import { problemIssue } from './problems.ts';

/**
 * A non-negative decimal kept exact as a string ("12.5"), accepted from JSON as a string or a
 * number and, for Danish spreadsheets and forms, with a decimal comma ("12,5").
 */
export const decimalSchema = (opts: { scale: number; max?: number; positive?: boolean; label?: string }) =>
  z
    .union([z.number(), z.string()])
    .transform((v, ctx) => {
      const text = (typeof v === 'number' ? String(v) : v.trim().replace(/\s/g, '')).replace(',', '.');
      const pattern = new RegExp(`^\\d+(\\.\\d{1,${opts.scale}})?$`);
      if (!pattern.test(text)) {
        const code = opts.positive ? 'number.format_positive' : 'number.format';
        ctx.addIssue(problemIssue({ code, params: { decimals: opts.scale }, message: `Enter a number${opts.positive ? ' above 0' : ''} with at most ${opts.scale} decimals` }));
        return z.NEVER;
      }
      const n = Number(text);
      if (opts.positive && n <= 0) {
        ctx.addIssue(problemIssue({ code: 'number.not_positive', params: {}, message: 'Must be more than 0' }));
        return z.NEVER;
      }
      if (opts.max !== undefined && n > opts.max) {
        ctx.addIssue(problemIssue({ code: 'number.too_large', params: { max: opts.max }, message: `Must be at most ${opts.max}` }));
        return z.NEVER;
      }
      return normaliseDecimal(text);
    });

/** "007.50" → "7.5", "3.000" → "3". */
export function normaliseDecimal(text: string): string {
  const [int = '0', frac = ''] = text.split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

export const isoDateSchema = z.iso.date('Use a date as YYYY-MM-DD');

/** The day as YYYY-MM-DD, or null where the calendar has no such day (31 April, 29 February 2027). */
export function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
