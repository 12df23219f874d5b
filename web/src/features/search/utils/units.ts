import { units, type Unit } from '@byg360/shared';
import type { TFunction } from 'i18next';

/** "stk.", "m²" …; an unknown unit is shown as it came. */
export function unitLabel(unit: string, t: TFunction): string {
  return (units as readonly string[]).includes(unit) ? t(`search.units.${unit as Unit}`) : unit;
}
