import { describe, expect, it } from 'vitest';
import { add, compare, decimal, multiply, parseDecimal, subtract, sum, toFixed, toPlain } from './decimal';

describe('decimal', () => {
  it('reads Danish decimal commas and spaces between thousands', () => {
    expect(toPlain(parseDecimal('12,5')!)).toBe('12.5');
    expect(toPlain(parseDecimal(' 1 200 ')!)).toBe('1200');
    expect(parseDecimal('12 stk')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('adds, subtracts and multiplies without floating-point error', () => {
    expect(toPlain(add(decimal('0.1'), decimal('0.2')))).toBe('0.3');
    expect(toPlain(subtract(decimal('10'), decimal('2.75')))).toBe('7.25');
    expect(toPlain(multiply(decimal('52'), decimal('12.04')))).toBe('626.08');
    expect(toPlain(sum([decimal('1.001'), decimal('2'), decimal('0.999')]))).toBe('4');
  });

  it('compares across scales', () => {
    expect(compare(decimal('2.50'), decimal('2.5'))).toBe(0);
    expect(compare(decimal('2.499'), decimal('2.5'))).toBe(-1);
    expect(compare(decimal('10'), decimal('9.999'))).toBe(1);
  });

  it('rounds half away from zero', () => {
    expect(toFixed(decimal('612.6'), 0)).toBe('613');
    expect(toFixed(decimal('0.05'), 1)).toBe('0.1');
    expect(toFixed(decimal('0.04'), 1)).toBe('0');
    expect(toFixed(decimal('-1.25'), 1)).toBe('-1.3');
    expect(toFixed(decimal('3'), 2)).toBe('3');
  });
});
