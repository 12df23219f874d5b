import type { Lot, OutcomeBody } from '@byg360/shared';
import { compare, decimal, parseDecimal, subtract, sum, toPlain, type Decimal } from '../../../lib/decimal';

export const outcomeParts = ['reused', 'recycled', 'disposed'] as const;
export type OutcomePart = (typeof outcomeParts)[number];
export type OutcomeValues = Record<OutcomePart, string>;

const MAX_DECIMALS = 3;

export function outcomeValuesOf(lot: Lot): OutcomeValues {
  const shown = (value: string | undefined) => (value === undefined ? '' : value.replace('.', ','));
  return { reused: shown(lot.outcome?.reused), recycled: shown(lot.outcome?.recycled), disposed: shown(lot.outcome?.disposed) };
}

export interface OutcomeCheck {
  /** Nothing typed: the lot is left as it is. */
  empty: boolean;
  /** Parts that are not a number ≥ 0 with at most three decimals. */
  invalid: OutcomePart[];
  /** The sum of the valid parts (empty counts as 0). */
  total: string;
  /** Quantity − total; negative when the parts add up to more than the lot. */
  remaining: string;
  over: boolean;
}

/** Checks one lot's split as typed; the server refuses a sum above the quantity, so the form does too. */
export function checkOutcome(values: OutcomeValues, quantity: string): OutcomeCheck {
  const empty = outcomeParts.every((part) => values[part].trim() === '');
  const invalid: OutcomePart[] = [];
  const parsed: Decimal[] = [];
  for (const part of outcomeParts) {
    const text = values[part].trim();
    if (text === '') continue;
    const value = parseDecimal(text);
    if (!value || value.units < 0n || value.scale > MAX_DECIMALS) invalid.push(part);
    else parsed.push(value);
  }
  const total = sum(parsed);
  const remaining = subtract(decimal(quantity), total);
  return { empty, invalid, total: toPlain(total), remaining: toPlain(remaining), over: compare(remaining, { units: 0n, scale: 0 }) < 0 };
}

export function toOutcomeBody(values: OutcomeValues): OutcomeBody {
  const part = (text: string) => (text.trim() === '' ? '0' : text.trim());
  return { reused: part(values.reused), recycled: part(values.recycled), disposed: part(values.disposed) };
}

/** Whether the typed split differs from what is recorded (so that only changed lots are sent). */
export function outcomeChanged(values: OutcomeValues, lot: Lot): boolean {
  const recorded = lot.outcome;
  if (!recorded) return outcomeParts.some((part) => values[part].trim() !== '');
  return outcomeParts.some((part) => {
    const typed = parseDecimal(values[part].trim() === '' ? '0' : values[part]);
    return !typed || compare(typed, decimal(recorded[part])) !== 0;
  });
}
