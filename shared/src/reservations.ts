import { z } from 'zod';
import { idSchema } from './common.ts';
import { quantitySchema } from './lots.ts';

export const reservationStatuses = ['pending', 'accepted', 'collected', 'declined', 'cancelled', 'expired'] as const;
export const reservationStatusSchema = z.enum(reservationStatuses);
export type ReservationStatus = z.infer<typeof reservationStatusSchema>;

/** States whose quantity is held on the lot. */
export const holdingStatuses: readonly ReservationStatus[] = ['pending', 'accepted', 'collected'];

export const createReservationBodySchema = z.object({
  quantity: quantitySchema,
  /** Proposed pick-up time, within the lot's available-from … pick-up-by window. */
  pickupAt: z.iso.datetime({ offset: true, message: 'Give the pick-up time as an ISO date and time' }),
  message: z.string().trim().max(2000).nullable().default(null),
});
export type CreateReservationBody = z.input<typeof createReservationBodySchema>;

/** Optional body of accept/decline/cancel/collect; a request without a body is fine. */
export const reasonBodySchema = z.object({ reason: z.string().trim().max(1000).nullable().default(null) }).nullish();

export const reservationListQuerySchema = z.object({
  as: z.enum(['requester', 'contractor']).default('requester'),
  status: reservationStatusSchema.optional(),
  lotId: idSchema.optional(),
});

export const contactSchema = z.object({
  organisation: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  address: z.string(),
});

export const reservationSchema = z.object({
  id: idSchema,
  lot: z.object({ id: idSchema, title: z.string(), unit: z.string(), projectId: idSchema, projectTitle: z.string(), organisation: z.string() }),
  requester: z.object({ id: idSchema, name: z.string() }),
  quantity: z.string(),
  status: reservationStatusSchema,
  pickupAt: z.string(),
  message: z.string().nullable(),
  reason: z.string().nullable().describe('why it was declined or cancelled'),
  expiresAt: z.string(),
  /** The contractor's pick-up contact, shown to the requester once the request is accepted. */
  contact: contactSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Reservation = z.infer<typeof reservationSchema>;
export const reservationListResponseSchema = z.object({ reservations: z.array(reservationSchema) });

export const notificationSchema = z.object({
  id: idSchema,
  kind: z.string(),
  /** Data for the client to render the message in the user's language. */
  data: z.record(z.string(), z.unknown()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListResponseSchema = z.object({ notifications: z.array(notificationSchema), unread: z.number().int() });
