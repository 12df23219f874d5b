import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyDigits, multiplyExact } from '../../src/lib/decimal.ts';

/** A numeric column's text: the scaled integer with its point, zero-padded to the scale ("12.50", "0.0030", "7"). */
const decimalText = (scaledValue: bigint, scale: number) => {
  if (scale === 0) return scaledValue.toString();
  const text = scaledValue.toString().padStart(scale + 1, '0');
  return `${text.slice(0, -scale)}.${text.slice(-scale)}`;
};

// Small, middling (products near 2^53) and large (past 15 digits) scaled integers, at scales 0–12.
const decimal = fc
  .tuple(
    fc.oneof(fc.bigInt({ min: 0n, max: 999n }), fc.bigInt({ min: 0n, max: 10n ** 8n }), fc.bigInt({ min: 10n ** 7n, max: 10n ** 9n }), fc.bigInt({ min: 0n, max: 10n ** 20n })),
    fc.nat(12),
  )
  .map(([value, scale]) => decimalText(value, scale));

describe('multiplyExact', () => {
  it('gives the same digits as the general digit-string path, small numbers or not', () => {
    fc.assert(
      fc.property(decimal, decimal, fc.constantFrom(0, 3), (a, b, shift) => {
        expect(multiplyExact(a, b, shift)).toBe(multiplyDigits(a, b, shift));
      }),
      { numRuns: 20_000 },
    );
  });

  it('is exact where a float product would round: at and around 2^53', () => {
    // 94906267² = 9007199515875289 > 2^53; 94906265² = 9007199136250225 < 2^53 − 1.
    expect(multiplyExact('94906265', '94906265')).toBe('9007199136250225');
    expect(multiplyExact('94906267', '94906267')).toBe('9007199515875289');
    expect(multiplyExact('9007199254740991', '1')).toBe('9007199254740991');
    expect(multiplyExact('0.1', '0.2')).toBe('0.02');
    expect(multiplyExact('1.10', '3.000', 3)).toBe('0.0033');
    expect(multiplyExact('250', '4', 3)).toBe('1');
    expect(multiplyExact('0.000', '5')).toBe('0');
    expect(multiplyExact('12', null)).toBeNull();
  });
});
