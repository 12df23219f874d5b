/**
 * Exact arithmetic on the decimal strings that numeric columns return (never through floats), at
 * any scale.
 */

function parse(value: string): { digits: bigint; scale: number } {
  const negative = value.startsWith('-');
  const [i = '0', f = ''] = value.replace(/^[-+]/, '').split('.');
  const digits = BigInt(`${i || '0'}${f}`);
  return { digits: negative ? -digits : digits, scale: f.length };
}

function format(digits: bigint, scale: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const whole = scale ? text.slice(0, -scale) : text;
  const fraction = scale ? text.slice(-scale).replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** The exact sum of decimal strings ("12.5", "0.0001", "-3"); "0" for none. */
export function exactSum(values: (string | null | undefined)[]): string {
  const parsed = values.filter((v): v is string => v !== null && v !== undefined).map(parse);
  const scale = Math.max(0, ...parsed.map((p) => p.scale));
  const total = parsed.reduce((acc, p) => acc + p.digits * 10n ** BigInt(scale - p.scale), 0n);
  return format(total, scale);
}

/** "12.500" → "12.5", "3.000" → "3", "-0.0" → "0": numeric columns come back padded to their scale; cut without arithmetic (it runs for every figure of a report). */
export function trimDecimal(value: string): string {
  let end = value.length;
  if (value.includes('.')) {
    while (value.charCodeAt(end - 1) === 48) end--;
    if (value.charCodeAt(end - 1) === 46) end--;
  }
  const trimmed = value.slice(0, end);
  return trimmed === '-0' ? '0' : trimmed;
}

/** a − b, exactly. */
export const subtractDecimal = (a: string, b: string) => exactSum([a, b.startsWith('-') ? b.slice(1) : `-${b}`]);
