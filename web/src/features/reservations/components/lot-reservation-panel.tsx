import type { Lot } from '@byg360/shared';

/** The reserve action on the public lot page: what is left, early access, the reserve dialog. */
export function LotReservationPanel(_props: { lot: Lot }) {
  return null;
}
