import type { Category, Unit } from '@byg360/shared';
import { decimal, multiply, parseDecimal, toFixed, type Decimal } from '../../../lib/decimal';

export interface LotEstimate {
  /** Estimated mass in kg, rounded to 0.1 kg as the server does; null when it cannot be known. */
  kg: string | null;
  /** kg CO2e avoided by reusing instead of buying new, rounded to 0.1 kg; null without mass or factor. */
  co2eKg: string | null;
  /** Why there is no mass: no valid quantity yet, or a unit the category has no conversion for. */
  missing: 'quantity' | 'unit' | null;
}

type Factors = Pick<Category, 'defaultUnit' | 'kgPerUnit' | 'co2eKgPerKg'>;

/**
 * The same rule as the server (server/src/lots/lot-mass.ts): kg and t convert exactly, the category's
 * default unit through its kg per unit, any other unit has no known mass. Exact decimals, rounded at the end.
 */
export function estimateLot(category: Factors | null | undefined, quantityText: string, unit: Unit | null): LotEstimate {
  const quantity = parseDecimal(quantityText);
  if (!quantity || quantity.units <= 0n || !unit) return { kg: null, co2eKg: null, missing: 'quantity' };
  const kg = massKg(quantity, unit, category);
  if (!kg) return { kg: null, co2eKg: null, missing: 'unit' };
  const co2e = category?.co2eKgPerKg ? multiply(kg, decimal(category.co2eKgPerKg)) : null;
  return { kg: toFixed(kg, 1), co2eKg: co2e ? toFixed(co2e, 1) : null, missing: null };
}

function massKg(quantity: Decimal, unit: Unit, category: Factors | null | undefined): Decimal | null {
  if (unit === 'kg') return quantity;
  if (unit === 't') return multiply(quantity, decimal('1000'));
  if (category && unit === category.defaultUnit && category.kgPerUnit) return multiply(quantity, decimal(category.kgPerUnit));
  return null;
}
