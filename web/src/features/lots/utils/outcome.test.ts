import type { Lot } from '@byg360/shared';
import { describe, expect, it } from 'vitest';
import { checkOutcome, outcomeChanged, toOutcomeBody } from './outcome';

describe('outcome', () => {
  it('adds the parts exactly and says what is left', () => {
    expect(checkOutcome({ reused: '0,1', recycled: '0,2', disposed: '' }, '1')).toMatchObject({ total: '0.3', remaining: '0.7', over: false, empty: false });
  });

  it('flags a split larger than the lot', () => {
    expect(checkOutcome({ reused: '80', recycled: '20', disposed: '0,001' }, '100')).toMatchObject({ over: true, remaining: '-0.001' });
  });

  it('names parts that are not numbers', () => {
    expect(checkOutcome({ reused: 'meget', recycled: '-1', disposed: '1,2345' }, '10').invalid).toEqual(['reused', 'recycled', 'disposed']);
  });

  it('treats empty parts as zero when sending, and nothing typed as no change', () => {
    expect(toOutcomeBody({ reused: '12,5', recycled: '', disposed: ' ' })).toEqual({ reused: '12,5', recycled: '0', disposed: '0' });
    const lot = { outcome: null } as Lot;
    expect(outcomeChanged({ reused: '', recycled: '', disposed: '' }, lot)).toBe(false);
    const recorded = { outcome: { reused: '12.5', recycled: '0', disposed: '0' } } as Lot;
    expect(outcomeChanged({ reused: '12,50', recycled: '', disposed: '0' }, recorded)).toBe(false);
    expect(outcomeChanged({ reused: '12', recycled: '', disposed: '0' }, recorded)).toBe(true);
  });
});
