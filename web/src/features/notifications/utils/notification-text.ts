import type { Notification, Role } from '@byg360/shared';
import type { TFunction } from 'i18next';
import { paths } from '../../../config/paths';

const kinds = [
  'reservation_requested',
  'reservation_accepted',
  'reservation_declined',
  'reservation_cancelled',
  'reservation_expired',
  'reservation_collected',
  'wanted_match',
] as const;
type Kind = (typeof kinds)[number];

const units = ['pcs', 'm', 'm2', 'm3', 'kg', 't'] as const;

const isKind = (kind: string): kind is Kind => (kinds as readonly string[]).includes(kind);
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The notification in the reader's language, from its kind and data (the server stores no text); `number` formats quantities. */
export function notificationText(notification: Notification, t: TFunction, number: (value: string) => string): string {
  const { kind, data } = notification;
  if (!isKind(kind)) return t('notifications.kinds.unknown');
  const unit = text(data.unit);
  const values = {
    lotTitle: text(data.lotTitle),
    requesterName: text(data.requesterName),
    organisation: text(data.organisation),
    quantity: data.quantity === undefined || data.quantity === null ? '' : number(text(data.quantity)),
    unit: (units as readonly string[]).includes(unit) ? t(`reservations.units.${unit as (typeof units)[number]}`) : unit,
  };
  return t(`notifications.kinds.${kind}`, values);
}

/** Why a reservation was declined or cancelled, when the notification carries one. */
export function notificationReason(notification: Notification): string | null {
  const reason = text(notification.data.reason).trim();
  return reason || null;
}

/**
 * Where the notification leads: a match to the lot; a reservation to the requester's list or to the
 * contractor's inbox. A new request is always the contractor's; a cancellation or expiry reaches
 * both sides, so the reader's role decides.
 */
export function notificationHref(notification: Notification, role: Role): string {
  const { kind, data } = notification;
  if (kind === 'wanted_match' && typeof data.lotId === 'string') return paths.lot.getHref(data.lotId);
  const toInbox = kind === 'reservation_requested' || ((kind === 'reservation_cancelled' || kind === 'reservation_expired') && role === 'contractor');
  return toInbox ? paths.workspace.inbox.getHref() : paths.reservations.mine.getHref();
}
