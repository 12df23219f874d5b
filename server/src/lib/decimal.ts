/** Exact arithmetic on the decimal strings that numeric columns return (never through floats). */

/** "12.500" → "12.5": numeric columns come back padded to their scale. */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

const SCALE = 3;
const FACTOR = 10n ** BigInt(SCALE);

function toScaled(value: string): bigint {
  const negative = value.startsWith('-');
  const [i = '0', f = ''] = value.replace(/^-/, '').split('.');
  const scaled = BigInt(i || '0') * FACTOR + BigInt((f + '0'.repeat(SCALE)).slice(0, SCALE));
  return negative ? -scaled : scaled;
}

function fromScaled(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return trimDecimal(`${sign}${abs / FACTOR}.${(abs % FACTOR).toString().padStart(SCALE, '0')}`);
}

/** a − b for decimals with up to three decimals. */
export const subtractDecimal = (a: string, b: string) => fromScaled(toScaled(a) - toScaled(b));

/** The sum of decimals with up to three decimals. */
export const sumDecimals = (values: string[]) => fromScaled(values.reduce((acc, v) => acc + toScaled(v), 0n));
