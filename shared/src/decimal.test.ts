import { describe, expect, it } from 'vitest';
import { decimalSchema } from './decimal.ts';
import { problemOfIssue } from './problems.ts';

const problemOf = (schema: ReturnType<typeof decimalSchema>, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`${String(value)} was accepted as ${result.data}`);
  return result.error.issues.map((issue) => ({ message: issue.message, ...problemOfIssue(issue) }));
};

describe('decimalSchema', () => {
  const quantity = decimalSchema({ scale: 3, max: 1_000_000_000, positive: true });
  const price = decimalSchema({ scale: 2, max: 10_000_000 });

  it('reads decimal commas and points, numbers and spaces, and keeps the value exact', () => {
    expect(quantity.parse('12,5')).toBe('12.5');
    expect(quantity.parse(' 1 250.500 ')).toBe('1250.5');
    expect(price.parse(0)).toBe('0');
    expect(price.parse('007.50')).toBe('7.5');
  });

  it('says too many decimals or not a number with a code and the allowed decimals, keeping the English message', () => {
    expect(problemOf(quantity, '1,2345')).toEqual([
      { code: 'number.format_positive', params: { decimals: 3 }, message: 'Enter a number above 0 with at most 3 decimals' },
    ]);
    expect(problemOf(price, 'abc')).toEqual([{ code: 'number.format', params: { decimals: 2 }, message: 'Enter a number with at most 2 decimals' }]);
    expect(problemOf(price, '-1')).toEqual([{ code: 'number.format', params: { decimals: 2 }, message: 'Enter a number with at most 2 decimals' }]);
  });

  it('says a positive number must be more than 0 with a code', () => {
    expect(problemOf(quantity, '0')).toEqual([{ code: 'number.not_positive', params: {}, message: 'Must be more than 0' }]);
  });

  it('says what the largest value is, with a code and the limit', () => {
    expect(problemOf(price, '10000000.01')).toEqual([{ code: 'number.too_large', params: { max: 10_000_000 }, message: 'Must be at most 10000000' }]);
  });

  it('leaves issues of other kinds without a problem', () => {
    const [issue] = decimalSchema({ scale: 1 }).safeParse(true).error!.issues;
    expect(problemOfIssue(issue!)).toBeUndefined();
  });
});
