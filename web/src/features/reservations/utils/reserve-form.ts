import type { CreateReservationBody, Lot } from '@byg360/shared';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client';
import { formatCalendarDate, formatDanishDateTime, fromDanishWallTime, toDanishWallTime } from '../../../lib/copenhagen-time';
import { compare, decimal, parseDecimal, toPlain } from '../../../lib/decimal';
import { describeApiError, type FieldErrors } from '../../../lib/form-errors';
import type { Language } from '../../../lib/i18n';
import { unitLabel } from './units';

export interface ReserveValues {
  /** What the NumberInput holds: a number, or a string while it is empty or half typed. */
  quantity: number | string;
  /** A datetime-local value in Danish time. */
  pickupAt: string;
  message: string;
}

export type ReserveLot = Pick<Lot, 'quantityLeft' | 'unit' | 'availableFrom' | 'pickUpBy'>;

export const MESSAGE_MAX = 2000;

/** How the reader reads: translations, language for dates, and the page's number format ("4.800"). */
export interface ReaderLocale {
  t: TFunction;
  language: Language;
  number: (value: string | number) => string;
}
const HOUR = 3_600_000;

/** The window the server accepts: from the first moment of available-from (UTC) to the last of pick-up-by (UTC), and not in the past. */
export function pickupBounds(lot: ReserveLot, now: number): { min: number; max: number | null } {
  const from = lot.availableFrom ? Date.parse(`${lot.availableFrom}T00:00:00Z`) : -Infinity;
  const max = lot.pickUpBy ? Date.parse(`${lot.pickUpBy}T23:59:59Z`) : null;
  return { min: Math.max(from, now), max };
}

/** A sensible first suggestion: tomorrow at 10:00 Danish time, or the first day the lot can be fetched. */
export function defaultPickup(lot: ReserveLot, now: number): string {
  const { min, max } = pickupBounds(lot, now);
  const day = toDanishWallTime(Math.max(min, now + 24 * HOUR)).slice(0, 10);
  const candidate = fromDanishWallTime(`${day}T10:00`);
  if (!candidate) return '';
  const at = Math.max(Date.parse(candidate), min);
  if (max !== null && at > max) return '';
  return toDanishWallTime(at);
}

export function validateReserve(values: ReserveValues, lot: ReserveLot, { t, language: lng, number }: ReaderLocale, now: number): FieldErrors {
  const errors: FieldErrors = {};
  const quantityText = typeof values.quantity === 'number' ? String(values.quantity) : values.quantity.trim();
  const quantity = quantityText === '' ? null : parseDecimal(quantityText);
  const unit = unitLabel(lot.unit, t);
  if (quantityText === '') errors.quantity = t('reservations.dialog.errors.quantityRequired');
  else if (!quantity || quantity.units <= 0n) errors.quantity = t('reservations.dialog.errors.quantityPositive');
  else if (quantity.scale > 3 && quantity.units % 10n ** BigInt(quantity.scale - 3) !== 0n) errors.quantity = t('reservations.dialog.errors.quantityDecimals');
  else if (lot.unit === 'pcs' && quantity.scale > 0 && quantity.units % 10n ** BigInt(quantity.scale) !== 0n) errors.quantity = t('reservations.dialog.errors.quantityWhole');
  else if (compare(quantity, decimal(lot.quantityLeft)) > 0) {
    errors.quantity = t('reservations.dialog.errors.quantityTooMuch', { left: number(lot.quantityLeft), unit });
  }

  const pickupAt = values.pickupAt ? fromDanishWallTime(values.pickupAt) : null;
  if (!pickupAt) errors.pickupAt = t('reservations.dialog.errors.pickupRequired');
  else {
    const at = Date.parse(pickupAt);
    if (lot.availableFrom && at < Date.parse(`${lot.availableFrom}T00:00:00Z`)) {
      errors.pickupAt = t('reservations.dialog.errors.pickupBefore', { date: formatCalendarDate(lot.availableFrom, lng) });
    } else if (lot.pickUpBy && at > Date.parse(`${lot.pickUpBy}T23:59:59Z`)) {
      errors.pickupAt = t('reservations.dialog.errors.pickupAfter', { date: formatCalendarDate(lot.pickUpBy, lng) });
    } else if (at < now) {
      errors.pickupAt = t('reservations.dialog.errors.pickupPast');
    }
  }
  if (values.message.length > MESSAGE_MAX) errors.message = t('reservations.dialog.errors.messageTooLong', { count: MESSAGE_MAX });
  return errors;
}

/** The request body: the quantity as an exact decimal string, the time as an ISO instant. */
export function reserveBody(values: ReserveValues): CreateReservationBody {
  const quantity = parseDecimal(String(values.quantity));
  return {
    quantity: quantity ? toPlain(quantity) : String(values.quantity),
    pickupAt: fromDanishWallTime(values.pickupAt) ?? values.pickupAt,
    message: values.message.trim() || null,
  };
}

/** What the server said, on the fields it concerns and in the reader's language. */
export function describeReserveError(error: unknown, lot: ReserveLot, { t, language: lng, number }: ReaderLocale): { fieldErrors: FieldErrors; formError: string | null } {
  const unit = unitLabel(lot.unit, t);
  if (!(error instanceof ApiError)) return describeApiError(error, t);
  if (error.status === 409 && error.fields.some((f) => f.path === 'quantity')) {
    // "Only 12.5 m2 is left to reserve …": the server's count is fresher than the page's.
    const left = /Only (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? lot.quantityLeft;
    return { fieldErrors: { quantity: t('reservations.dialog.errors.quantityTooMuch', { left: number(left), unit }) }, formError: null };
  }
  if (error.status === 409) return { fieldErrors: {}, formError: t('reservations.dialog.errors.notOpen') };
  if (error.status === 403) {
    const until = /until (\S+?Z)/.exec(error.message)?.[1];
    return {
      fieldErrors: {},
      formError: until && !Number.isNaN(Date.parse(until))
        ? t('reservations.dialog.errors.earlyAccess', { time: formatDanishDateTime(until, lng) })
        : t('reservations.dialog.errors.forbidden'),
    };
  }
  if (error.status === 400 && error.fields.length > 0) {
    const fieldErrors: FieldErrors = {};
    let unplaced = false;
    for (const field of error.fields) {
      if (field.path === 'pickupAt') {
        fieldErrors.pickupAt ??= pickupMessage(field.message, lot, t, lng);
      } else if (field.path === 'quantity') {
        fieldErrors.quantity ??= t('reservations.dialog.errors.quantityPositive');
      } else if (field.path === 'message') {
        fieldErrors.message ??= t('reservations.dialog.errors.messageTooLong', { count: MESSAGE_MAX });
      } else {
        unplaced = true;
      }
    }
    return { fieldErrors, formError: unplaced ? t('errors.unexpected') : null };
  }
  return describeApiError(error, t);
}

function pickupMessage(message: string, lot: ReserveLot, t: TFunction, lng: Language): string {
  if (/available from/i.test(message) && lot.availableFrom) return t('reservations.dialog.errors.pickupBefore', { date: formatCalendarDate(lot.availableFrom, lng) });
  if (/picked up by/i.test(message) && lot.pickUpBy) return t('reservations.dialog.errors.pickupAfter', { date: formatCalendarDate(lot.pickUpBy, lng) });
  if (/passed/i.test(message)) return t('reservations.dialog.errors.pickupPast');
  return t('reservations.dialog.errors.pickupRequired');
}

/** A fresh Idempotency-Key; `randomUUID` needs a secure context, which a LAN address over http is not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
