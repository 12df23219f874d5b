import type { Lot, LotStatus } from '@byg360/shared';
import { compare, decimal } from '../../../lib/decimal';

export const lotSortKeys = ['title', 'category', 'quantity', 'status', 'updated'] as const;
export type LotSortKey = (typeof lotSortKeys)[number];
export type SortDirection = 'asc' | 'desc';

const statusOrder: Record<LotStatus, number> = { draft: 0, published: 1, closed: 2 };

export const isLotSortKey = (value: string | null): value is LotSortKey => lotSortKeys.includes(value as LotSortKey);

/** A sorted copy; ties keep the order the server sent (oldest first). */
export function sortLots(lots: readonly Lot[], key: LotSortKey, direction: SortDirection, language: 'da' | 'en'): Lot[] {
  const name = (lot: Lot) => (language === 'en' ? lot.category.nameEn : lot.category.nameDa);
  const comparators: Record<LotSortKey, (a: Lot, b: Lot) => number> = {
    title: (a, b) => a.title.localeCompare(b.title, language),
    category: (a, b) => name(a).localeCompare(name(b), language),
    quantity: (a, b) => compare(decimal(a.quantity), decimal(b.quantity)),
    status: (a, b) => statusOrder[a.status] - statusOrder[b.status],
    updated: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
  };
  const sign = direction === 'asc' ? 1 : -1;
  return lots
    .map((lot, index) => ({ lot, index }))
    .sort((a, b) => sign * comparators[key](a.lot, b.lot) || a.index - b.index)
    .map(({ lot }) => lot);
}
