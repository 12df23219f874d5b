import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Lot } from '@byg360/shared';
import { initialLotValues, lotValuesOf, toLotBody, validateLot, type LotFormValues } from './lot-form-values';

const t = ((key: string) => key) as unknown as TFunction;
const harvest = { harvestFrom: '2026-06-01', harvestTo: '2026-08-31' };
const filled = (overrides: Partial<LotFormValues> = {}): LotFormValues => ({
  ...initialLotValues(harvest),
  title: 'Gule mursten',
  categoryId: '00000000-0000-4000-8000-000000000001',
  quantity: '1200',
  unit: 'pcs',
  condition: 'B',
  ...overrides,
});

describe('lot form values', () => {
  it('sends empty texts as null, a missing price as free and keeps decimal commas for the server', () => {
    const body = toLotBody(filled({ priceDkk: '', quantity: '12,5', dimensions: ' ' }), 'published');
    expect(body).toMatchObject({ priceDkk: '0', quantity: '12,5', dimensions: null, description: null, status: 'published' });
    expect(body.hazard).toEqual({ testedFree: [], reportRef: null, note: null });
  });

  it('accepts a complete lot inside the harvest harvest', () => {
    expect(validateLot(filled(), harvest, t)).toEqual({});
  });

  it('explains a quantity that is not a number above zero', () => {
    expect(validateLot(filled({ quantity: '12 stk' }), harvest, t).quantity).toBe('lots.errors.quantity');
    expect(validateLot(filled({ quantity: '0' }), harvest, t).quantity).toBe('lots.errors.quantity');
    expect(validateLot(filled({ quantity: '' }), harvest, t).quantity).toBe('errors.required');
  });

  it('asks to choose a category, unit and condition', () => {
    const errors = validateLot(filled({ categoryId: null, unit: null, condition: null }), harvest, t);
    expect(errors).toMatchObject({ categoryId: 'errors.choose', unit: 'errors.choose', condition: 'errors.choose' });
  });

  it('keeps the dates inside the harvest harvest and in order', () => {
    expect(validateLot(filled({ availableFrom: '2026-05-31' }), harvest, t).availableFrom).toBe('lots.errors.outsideHarvestWindow');
    expect(validateLot(filled({ pickUpBy: '2026-09-01' }), harvest, t).pickUpBy).toBe('lots.errors.outsideHarvestWindow');
    expect(validateLot(filled({ availableFrom: '2026-07-10', pickUpBy: '2026-07-01' }), harvest, t).pickUpBy).toBe(
      'lots.errors.pickUpBeforeAvailable',
    );
  });

  it('shows a saved lot’s decimals with a comma and prices with two decimals', () => {
    const lot = {
      title: 'Egebjælker',
      description: null,
      category: { id: '00000000-0000-4000-8000-000000000001' },
      quantity: '12.5',
      unit: 'm3',
      condition: 'A',
      dimensions: null,
      priceDkk: '2.5',
      availableFrom: null,
      pickUpBy: null,
      hazard: { testedFree: ['pcb'], reportRef: null, note: null },
    } as unknown as Lot;
    expect(lotValuesOf(lot)).toMatchObject({ quantity: '12,5', priceDkk: '2,50', availableFrom: '', hazard: { testedFree: ['pcb'], reportRef: '' } });
    expect(lotValuesOf({ ...lot, priceDkk: '45' }).priceDkk).toBe('45');
  });
});
