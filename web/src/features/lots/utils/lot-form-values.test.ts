import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { FieldError, Lot } from '@byg360/shared';
import { ApiError } from '../../../lib/api-client';
import { resources } from '../../../lib/i18n-resources';
import { describeLotError, initialLotValues, lotValuesOf, toLotBody, validateLot, type LotFormValues } from './lot-form-values';

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

describe('the server’s refusals on the lot form', () => {
  const i18n = createInstance({ lng: 'da', resources, initAsync: false, interpolation: { escapeValue: false } });
  void i18n.init();
  const da = i18n.getFixedT('da') as unknown as TFunction;
  const en = i18n.getFixedT('en') as unknown as TFunction;
  // lib/format would start the app's own i18n, which needs a document; the dates' format is not what is tested here.
  const format = { date: (isoDate: string) => isoDate.split('-').reverse().join('.') };
  const refusal = (fields: FieldError[], status = 400) =>
    new ApiError({ status, code: status === 409 ? 'CONFLICT' : 'VALIDATION', message: fields.map((f) => f.message).join('; '), fields });

  it('words each field by its reason, with the dates and units the rule names', () => {
    const error = refusal([
      { path: 'availableFrom', message: 'Must be within the harvest window (from 2026-06-01)', reason: 'date.before_harvest', params: { date: '2026-06-01' } },
      { path: 'pickUpBy', message: 'Must be within the harvest window (until 2026-08-31)', reason: 'date.after_harvest', params: { date: '2026-08-31' } },
      { path: 'unit', message: 'Bricks is listed in pcs, kg, t', reason: 'unit.not_allowed', params: { category: { da: 'Mursten', en: 'Bricks' }, units: ['pcs', 'kg', 't'] } },
      { path: 'quantity', message: 'Enter a number above 0 with at most 3 decimals', reason: 'number.format_positive', params: { decimals: 3 } },
      { path: 'priceDkk', message: 'Enter a number with at most 2 decimals', reason: 'number.format', params: { decimals: 2 } },
    ]);
    expect(describeLotError(error, da, format)).toEqual({
      fieldErrors: {
        availableFrom: 'Datoen skal ligge inden for projektets høstperiode, der begynder 01.06.2026.',
        pickUpBy: 'Datoen skal ligge inden for projektets høstperiode, der slutter 31.08.2026.',
        unit: 'Kategorien kan ikke opgøres i den enhed. Vælg en af: stk., kg, t.',
        quantity: 'Skriv et tal over 0 med højst 3 decimaler, fx 12,5.',
        priceDkk: 'Skriv en pris på 0 eller mere med højst 2 decimaler, fx 2,50.',
      },
      formError: null,
    });
    expect(describeLotError(error, en, format).fieldErrors).toMatchObject({
      availableFrom: 'The date must lie within the project’s harvest window, which starts on 01.06.2026.',
      unit: 'This category cannot be listed in that unit. Choose one of: pcs, kg, t.',
    });
  });

  it('says the dates are out of order, and that an unverified organisation cannot publish', () => {
    const order = refusal([{ path: 'pickUpBy', message: 'Pick-up-by must be on or after available-from', reason: 'date.order', params: {} }]);
    expect(describeLotError(order, da, format).fieldErrors).toEqual({ pickUpBy: 'Datoen skal ligge på eller efter »Kan hentes fra«.' });
    const unverified = refusal([{ path: 'status', message: 'Organisation not verified yet', reason: 'status.unverified_organisation', params: {} }], 409);
    expect(describeLotError(unverified, da, format)).toEqual({
      fieldErrors: {},
      formError: 'Partier kan først udbydes, når en administrator har godkendt jeres organisation.',
    });
  });

  it('reads the reserved-quantity refusal, which has no reason, by its text, and never shows other English', () => {
    const reserved = refusal([{ path: 'quantity', message: 'Less than what is reserved' }], 409);
    expect(describeLotError(reserved, da, format).fieldErrors).toEqual({ quantity: 'Mængden kan ikke blive mindre end det, der allerede er reserveret.' });
    const unknown = refusal([{ path: 'title', message: 'Title must be at least 3 characters' }]);
    expect(describeLotError(unknown, da, format).fieldErrors).toEqual({ title: 'Værdien er ikke gyldig.' });
  });
});
