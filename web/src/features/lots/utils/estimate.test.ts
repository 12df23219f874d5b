import { describe, expect, it } from 'vitest';
import { estimateLot } from './estimate';

const bricks = { defaultUnit: 'pcs' as const, kgPerUnit: '2.0000', co2eKgPerKg: '0.2553' };
const beams = { defaultUnit: 'm3' as const, kgPerUnit: '415.0000', co2eKgPerKg: null };

describe('estimateLot', () => {
  it('multiplies the quantity by the category factors exactly and rounds to 0.1 kg', () => {
    expect(estimateLot(bricks, '1200', 'pcs')).toEqual({ kg: '2400', co2eKg: '612.7', missing: null });
    // 0.1 + 0.2 in floating point is 0.30000000000000004; the estimate stays exact.
    expect(estimateLot(bricks, '0,15', 'pcs')).toEqual({ kg: '0.3', co2eKg: '0.1', missing: null });
  });

  it('converts kg and tonnes without a factor', () => {
    expect(estimateLot(beams, '2,5', 't')).toEqual({ kg: '2500', co2eKg: null, missing: null });
    expect(estimateLot(null, '12.25', 'kg')).toEqual({ kg: '12.3', co2eKg: null, missing: null });
  });

  it('has no mass for a unit other than the category’s default', () => {
    expect(estimateLot(beams, '40', 'm')).toEqual({ kg: null, co2eKg: null, missing: 'unit' });
  });

  it('waits for a quantity above zero', () => {
    expect(estimateLot(bricks, '', 'pcs').missing).toBe('quantity');
    expect(estimateLot(bricks, '0', 'pcs').missing).toBe('quantity');
    expect(estimateLot(bricks, '12 stk', 'pcs').missing).toBe('quantity');
  });
});
