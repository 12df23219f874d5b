import { units, type Unit } from '@byg360/shared';
import type { TFunction } from 'i18next';

/** "stk.", "m²" …; an unknown unit is shown as it came. */
export function unitLabel(unit: string, t: TFunction): string {
  return (units as readonly string[]).includes(unit) ? t(`lots.units.${unit as Unit}`) : unit;
}

/** A mass for people: kg below 10 t, tonnes above (decimal strings in, text out). */
export function massParts(kg: string): { value: number; unit: 'kg' | 't' } {
  const n = Number(kg);
  return n >= 10_000 ? { value: n / 1000, unit: 't' } : { value: n, unit: 'kg' };
}
