/**
 * Exact arithmetic on the decimal strings the API uses for quantities, prices and factors
 * ("12.5", "0.2553"), so that estimates and sums do not pick up floating-point noise.
 */
export interface Decimal {
  /** The value times 10^scale. */
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Reads "12,5", "12.5" or " 1 200 " (spaces as thousands separators); null for anything else. */
export function parseDecimal(text: string | number | null | undefined): Decimal | null {
  if (text === null || text === undefined) return null;
  const cleaned = String(text).trim().replace(/\s/g, '').replace(',', '.');
  if (!DECIMAL.test(cleaned)) return null;
  const negative = cleaned.startsWith('-');
  const [int = '0', frac = ''] = cleaned.replace(/^-/, '').split('.');
  const units = BigInt(int + frac);
  return { units: negative ? -units : units, scale: frac.length };
}

/** As parseDecimal, for values the API sent and that must be decimals. */
export function decimal(text: string): Decimal {
  const value = parseDecimal(text);
  if (!value) throw new Error(`Not a decimal: ${text}`);
  return value;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce(add, ZERO);
}

/** −1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rounded half away from zero to `decimals` places, as a plain string without trailing zeros ("1234.5"). */
export function toFixed(value: Decimal, decimals: number): string {
  let units = value.units;
  if (value.scale > decimals) {
    const divisor = 10n ** BigInt(value.scale - decimals);
    const negative = units < 0n;
    const abs = negative ? -units : units;
    const rounded = (abs + divisor / 2n) / divisor;
    units = negative ? -rounded : rounded;
  } else {
    units = units * 10n ** BigInt(decimals - value.scale);
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals).replace(/0+$/, '');
  const text = frac ? `${int}.${frac}` : int;
  return negative && text !== '0' ? `-${text}` : text;
}

/** The exact value as a plain string ("12.5"). */
export function toPlain(value: Decimal): string {
  return toFixed(value, value.scale);
}
