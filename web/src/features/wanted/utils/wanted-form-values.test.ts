import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { describeWantedError, initialWantedValues, toWantedBody, validateWanted, type WantedFormValues } from './wanted-form-values';

const t = ((key: string) => key) as unknown as TFunction;
const today = '2026-11-27';
const filled = (overrides: Partial<WantedFormValues> = {}): WantedFormValues => ({
  ...initialWantedValues(),
  categoryId: '00000000-0000-4000-8000-000000000001',
  postcode: '3700',
  ...overrides,
});

describe('wanted form values', () => {
  it('sends the postcode or the point, empty texts as null and the default radius', () => {
    expect(toWantedBody(filled())).toMatchObject({ postcode: '3700', title: null, note: null, quantity: null, unit: null, radiusKm: 25 });
    const onMap = toWantedBody(filled({ placeMode: 'map', point: { lat: 55.1, lon: 14.7 }, radiusKm: '' }));
    expect(onMap).toMatchObject({ lat: 55.1, lon: 14.7, radiusKm: 25 });
    expect(onMap).not.toHaveProperty('postcode');
  });

  it('accepts a post with a category and a place', () => {
    expect(validateWanted(filled(), today, t)).toEqual({});
    expect(validateWanted(filled({ quantity: '1,5', unit: 'm3', neededBy: today }), today, t)).toEqual({});
  });

  it('asks for a category, a place and a unit with a quantity', () => {
    expect(validateWanted(filled({ categoryId: null, postcode: '' }), today, t)).toMatchObject({ categoryId: 'errors.choose', postcode: 'errors.required' });
    expect(validateWanted(filled({ postcode: '37' }), today, t).postcode).toBe('wanted.errors.postcode');
    expect(validateWanted(filled({ placeMode: 'map' }), today, t).point).toBe('wanted.errors.point');
    expect(validateWanted(filled({ quantity: '40' }), today, t).unit).toBe('errors.choose');
    expect(validateWanted(filled({ quantity: 'mange', unit: 'pcs' }), today, t).quantity).toBe('wanted.errors.quantity');
  });

  it('refuses a radius outside 1–500 km and a date that has passed', () => {
    expect(validateWanted(filled({ radiusKm: 900 }), today, t).radiusKm).toBe('wanted.errors.radius');
    expect(validateWanted(filled({ neededBy: '2026-11-26' }), today, t).neededBy).toBe('wanted.errors.neededByPast');
  });

  it('puts the server’s refusals on the form’s fields', () => {
    const unknown = new ApiError({ status: 400, code: 'VALIDATION', message: 'Unknown postcode', fields: [{ path: 'postcode', message: 'Unknown postcode' }] });
    expect(describeWantedError(unknown, t)).toEqual({ fieldErrors: { postcode: 'wanted.errors.unknownPostcode' }, formError: null });
    const lat = new ApiError({ status: 400, code: 'VALIDATION', message: 'bad', fields: [{ path: 'lat', message: 'Give both lat and lon' }] });
    expect(describeWantedError(lat, t).fieldErrors).toEqual({ point: 'wanted.errors.point' });
  });
});
