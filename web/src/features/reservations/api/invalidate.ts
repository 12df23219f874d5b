import type { QueryClient } from '@tanstack/react-query';
import { reservationsQueryOptions } from './get-reservations';

/**
 * After a reservation changes: every reservation list, and whatever else is cached for its lot
 * (the lot page's data, which shows what is left). The lot's own queries belong to another
 * feature, so they are found by the lot's id in their keys rather than imported.
 */
export async function invalidateAfterReservationChange(queryClient: QueryClient, lotId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: reservationsQueryOptions().queryKey }),
    queryClient.invalidateQueries({ predicate: (query) => query.queryKey.some((part) => keyMentions(part, lotId)) }),
  ]);
}

function keyMentions(part: unknown, id: string): boolean {
  if (part === id) return true;
  if (typeof part === 'object' && part !== null) return Object.values(part).some((value) => keyMentions(value, id));
  return false;
}
