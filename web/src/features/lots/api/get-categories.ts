import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Category } from '@byg360/shared';
import { api } from '../../../lib/api-client';

/** The two-level material taxonomy with allowed units and the factors for mass and CO2e. */
export async function getCategories({ signal }: { signal?: AbortSignal } = {}): Promise<Category[]> {
  const { categories } = await api.get<{ categories: Category[] }>('/api/categories', { signal });
  return categories;
}

export const categoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['categories'],
    queryFn: ({ signal }) => getCategories({ signal }),
    // Administrators change factors rarely; an hour-old copy is fine for estimates.
    staleTime: 60 * 60_000,
  });

export function useCategories() {
  return useQuery(categoriesQueryOptions());
}
