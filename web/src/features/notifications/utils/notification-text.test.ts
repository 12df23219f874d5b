import type { Notification } from '@byg360/shared';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../lib/i18n-resources';
import { notificationHref, notificationReason, notificationText } from './notification-text';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'da', resources, interpolation: { escapeValue: false } });
});
const t = ((key: string, options?: object) => i18n.t(key as never, options as never)) as unknown as TFunction;
const number = (locale: string) => (v: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(Number(v));

const notification = (kind: string, data: Record<string, unknown>): Notification => ({ id: 'n1', kind, data, readAt: null, createdAt: '2026-06-10T10:00:00Z' });
const reservationData = { reservationId: 'r1', lotId: 'l1', lotTitle: 'Gule mursten', quantity: '1200', unit: 'pcs', requesterName: 'Sofie', organisation: 'Bornholms Nedrivning ApS', reason: null };

describe('notification texts', () => {
  it('renders each kind in the reader’s language from its data', () => {
    expect(notificationText(notification('reservation_requested', reservationData), t, number('da-DK'))).toBe('Sofie vil gerne reservere 1.200 stk. af »Gule mursten«.');
    expect(notificationText(notification('reservation_accepted', { ...reservationData, unit: 'm2', quantity: '12.5' }), t, number('da-DK'))).toBe(
      'Din reservation af 12,5 m² af »Gule mursten« er accepteret. Se kontaktoplysningerne.',
    );
    expect(notificationText(notification('wanted_match', { lotId: 'l1', lotTitle: 'Røde vingetegl', wantedId: 'w1' }), t, number('da-DK'))).toBe(
      '»Røde vingetegl« er lige sat til genbrug og passer til det, du efterlyser.',
    );
    expect(notificationText(notification('something_new', {}), t, number('da-DK'))).toBe('Du har en ny besked.');
  });

  it('speaks English to English readers', () => {
    expect(notificationText(notification('reservation_declined', reservationData), i18n.getFixedT('en') as unknown as TFunction, number('en-GB'))).toBe(
      'Your reservation of 1,200 pcs of “Gule mursten” was declined.',
    );
  });

  it('carries the reason of a decline or cancellation', () => {
    expect(notificationReason(notification('reservation_declined', { ...reservationData, reason: ' Solgt ' }))).toBe('Solgt');
    expect(notificationReason(notification('reservation_declined', reservationData))).toBeNull();
  });

  it('leads to the lot, my reservations or the inbox', () => {
    expect(notificationHref(notification('wanted_match', { lotId: 'l1' }), 'citizen')).toBe('/lots/l1');
    expect(notificationHref(notification('reservation_requested', reservationData), 'contractor')).toBe('/workspace/reservations');
    expect(notificationHref(notification('reservation_accepted', reservationData), 'citizen')).toBe('/reservations');
    expect(notificationHref(notification('reservation_cancelled', reservationData), 'contractor')).toBe('/workspace/reservations');
    expect(notificationHref(notification('reservation_cancelled', reservationData), 'maker')).toBe('/reservations');
  });
});
