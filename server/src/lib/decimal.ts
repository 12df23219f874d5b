/**
 * Exact arithmetic on the decimal strings that numeric columns return (never through floats), at
 * any scale: quantities have three decimals, kg × factor products more.
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

/** A non-negative decimal string as its digits and scale: "12.50" → ["1250", 2]. */
function digitsOf(value: string): [string, number] {
  const dot = value.indexOf('.');
  return dot === -1 ? [value, 0] : [value.slice(0, dot) + value.slice(dot + 1), value.length - dot - 1];
}

/** Integer digits at a scale as a decimal string, trailing zeros cut: ("125000", 5) → "1.25". */
function placeDecimal(digits: string, scale: number): string {
  if (scale === 0) return digits;
  const padded = digits.padStart(scale + 1, '0');
  let end = padded.length;
  const point = end - scale;
  while (end > point && padded.charCodeAt(end - 1) === 48) end--;
  return end === point ? padded.slice(0, point) : `${padded.slice(0, point)}.${padded.slice(point, end)}`;
}

/**
 * The exact product of non-negative decimal strings, times 10^-shift (shift 3: kg → t), trailing
 * zeros cut; null when a factor is null (no known mass). It runs for every figure of a lot export,
 * so zeros cost nothing and small operands take the fast path below.
 */
export function multiplyExact(a: string, b: string | null, shift = 0): string | null {
  if (b === null) return null;
  if (a === '0' || b === '0') return '0';
  return multiplySmall(a, b, shift) ?? multiplyDigits(a, b, shift);
}

// The scaled integer of the operand last read by scaledInteger, and its scale (module state rather
// than a returned pair, so that the fast path allocates nothing but its result).
let scaled = 0;
let scaleOf = 0;

/** Reads "12.50" as 1250 at scale 2 into `scaled`/`scaleOf`; false for anything but up to 15 digits and one point. */
function scaledInteger(value: string): boolean {
  let n = 0;
  let digits = 0;
  let point = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) {
      n = n * 10 + c;
      digits++;
    } else if (c === -2 && point === -1) point = i;
    else return false;
  }
  // 15 digits stay below 2^53, so every step above was exact.
  if (digits === 0 || digits > 15) return false;
  scaled = n;
  scaleOf = point === -1 ? 0 : value.length - point - 1;
  return true;
}

/**
 * The product on scaled integers in plain numbers, or null when it might not be exact. Both
 * operands are exact integers; a float product of integers that is at most MAX_SAFE_INTEGER is the
 * exact product (rounding is monotonic and no integer lies between 2^53 − 1 and 2^53).
 */
function multiplySmall(a: string, b: string, shift: number): string | null {
  if (!scaledInteger(a)) return null;
  const x = scaled;
  let scale = scaleOf;
  if (!scaledInteger(b)) return null;
  let product = x * scaled;
  if (product > Number.MAX_SAFE_INTEGER) return null;
  scale += scaleOf + shift;
  while (scale > 0 && product % 10 === 0) {
    product /= 10;
    scale--;
  }
  const text = String(product);
  if (scale === 0) return text;
  const point = text.length - scale;
  return point > 0 ? `${text.slice(0, point)}.${text.slice(point)}` : `0.${'0'.repeat(-point)}${text}`;
}

/** The general path of multiplyExact (any number of digits, on digit strings and BigInt); exported for its property test. */
export function multiplyDigits(a: string, b: string, shift = 0): string {
  const [da, sa] = digitsOf(a);
  const [db, sb] = digitsOf(b);
  const product = da.length + db.length <= 15 ? String(Number(da) * Number(db)) : (BigInt(da) * BigInt(db)).toString();
  return placeDecimal(product, sa + sb + shift);
}

/** a − b, exactly. */
export const subtractDecimal = (a: string, b: string) => exactSum([a, b.startsWith('-') ? b.slice(1) : `-${b}`]);
