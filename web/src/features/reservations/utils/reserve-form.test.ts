import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { resources } from '../../../lib/i18n-resources';
import { defaultPickup, describeReserveError, newIdempotencyKey, pickupBounds, reserveBody, validateReserve, type ReserveLot } from './reserve-form';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'da', resources, interpolation: { escapeValue: false } });
});
const t = ((key: string, options?: object) => i18n.t(key as never, options as never)) as unknown as TFunction;
const da = { t, language: 'da' as const, number: (v: string | number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 3 }).format(Number(v)) };

const bricks: ReserveLot = { quantityLeft: '4800', unit: 'pcs', availableFrom: '2026-06-01', pickUpBy: '2026-07-15' };
const timber: ReserveLot = { quantityLeft: '2.8', unit: 'm3', availableFrom: null, pickUpBy: null };
// 10 June 2026, 12:00 in Copenhagen (summer time).
const now = Date.parse('2026-06-10T10:00:00Z');

describe('the reserve form', () => {
  it('suggests tomorrow at 10:00 Danish time, or the first day the lot can be fetched', () => {
    expect(defaultPickup(bricks, now)).toBe('2026-06-11T10:00');
    expect(defaultPickup({ ...bricks, availableFrom: '2026-06-20' }, now)).toBe('2026-06-20T10:00');
    expect(defaultPickup({ ...bricks, pickUpBy: '2026-06-10' }, now)).toBe('');
  });

  it('bounds the pick-up as the server does: from available-from, not in the past, until the end of pick-up-by', () => {
    expect(pickupBounds(bricks, now)).toEqual({ min: now, max: Date.parse('2026-07-15T23:59:59Z') });
    expect(pickupBounds(timber, now)).toEqual({ min: now, max: null });
  });

  it('accepts part of what is left and sends exact decimals and an ISO time', () => {
    const values = { quantity: '1,25', pickupAt: '2026-06-12T09:30', message: '  Trailer  ' };
    expect(validateReserve(values, timber, da, now)).toEqual({});
    expect(reserveBody(values)).toEqual({ quantity: '1.25', pickupAt: '2026-06-12T07:30:00.000Z', message: 'Trailer' });
    expect(reserveBody({ quantity: 250, pickupAt: '2026-06-12T09:30', message: '' }).message).toBeNull();
  });

  it('explains what is wrong with the quantity', () => {
    const at = '2026-06-12T10:00';
    const check = (quantity: number | string, lot = bricks) => validateReserve({ quantity, pickupAt: at, message: '' }, lot, da, now).quantity;
    expect(check('')).toBe('Skriv, hvor meget du vil reservere.');
    expect(check(0)).toBe('Mængden skal være større end 0.');
    expect(check(2.5)).toBe('Materialet reserveres i hele stk.');
    expect(check(4801)).toBe('Der er kun 4.800 stk. tilbage.');
    expect(check('2,9', timber)).toBe('Der er kun 2,8 m³ tilbage.');
    expect(check('0,0001', timber)).toBe('Brug højst 3 decimaler.');
    expect(check(4800)).toBeUndefined();
  });

  it('keeps the pick-up inside the lot’s window and in the future', () => {
    const check = (pickupAt: string) => validateReserve({ quantity: 1, pickupAt, message: '' }, bricks, da, now).pickupAt;
    expect(check('')).toBe('Vælg dato og tidspunkt for afhentning.');
    expect(check('2026-06-09T10:00')).toBe('Tidspunktet er passeret. Vælg et tidspunkt i fremtiden.');
    expect(check('2026-07-16T10:00')).toBe('Partiet skal være hentet senest 15. jul. 2026.');
    expect(check('2026-07-15T18:00')).toBeUndefined();
  });

  it('puts the server’s refusals on the right field, in Danish', () => {
    const tooMuch = new ApiError({ status: 409, code: 'CONFLICT', message: 'Only 12.5 pcs is left to reserve, or the lot has just closed', fields: [{ path: 'quantity', message: 'More than what is left' }] });
    expect(describeReserveError(tooMuch, bricks, da)).toEqual({ fieldErrors: { quantity: 'Der er kun 12,5 stk. tilbage.' }, formError: null });

    const early = new ApiError({ status: 403, code: 'FORBIDDEN', message: 'This lot is reserved for makers until 2026-06-12T08:00:00.000Z; it opens for everyone then' });
    expect(describeReserveError(early, bricks, da).formError).toMatch(/^Partiet er forbeholdt materialeværksteder indtil 12\. jun\. 2026.*10\.00\.$/);

    const window = new ApiError({ status: 400, code: 'VALIDATION', message: 'x', fields: [{ path: 'pickupAt', message: 'The lot must be picked up by 2026-07-15' }] });
    expect(describeReserveError(window, bricks, da)).toEqual({ fieldErrors: { pickupAt: 'Partiet skal være hentet senest 15. jul. 2026.' }, formError: null });

    const closed = new ApiError({ status: 409, code: 'CONFLICT', message: 'This lot is not open for reservations' });
    expect(describeReserveError(closed, bricks, da).formError).toBe('Partiet kan ikke længere reserveres.');
  });

  it('makes a new idempotency key each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
