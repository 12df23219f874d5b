import type { Wanted } from '@byg360/shared';
import { fromSavedSearch, type SearchState } from '../../search/utils/search-state';

/**
 * The map search for what a post asks for: its saved search, or its category around its place.
 * Alerts come only for lots published later; this shows what is there already. Null when the
 * stored search can no longer be read.
 */
export function wantedSearchState(wanted: Pick<Wanted, 'search' | 'category' | 'lat' | 'lon' | 'area'>): SearchState | null {
  return fromSavedSearch(
    wanted.search ?? {
      ...(wanted.category ? { category: [wanted.category.slug] } : {}),
      near: { lat: wanted.lat, lon: wanted.lon },
      radiusKm: wanted.area.radiusKm,
    },
  );
}
