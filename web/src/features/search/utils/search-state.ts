import {
  conditionGrades,
  savedSearchSchema,
  searchFilterFields,
  searchSorts,
  type Bbox,
  type GeoPoint,
  type OrganisationKind,
  type SearchFiltersInput,
  type SearchSort,
} from '@byg360/shared';
import { roundBbox, roundPoint } from '../../../lib/geo';

export type Condition = (typeof conditionGrades)[number];

/**
 * Everything the map page shows, as held in its URL: a shared link or the back button lands on
 * the same search, filters, area, sort and page.
 */
export interface SearchState {
  q: string;
  /** Category slugs; a parent includes its children. */
  category: string[];
  condition: Condition[];
  free: boolean;
  maxPrice: number | null;
  /** Municipality codes, e.g. 0400. */
  municipality: string[];
  postcode: string[];
  availableOn: string | null;
  screened: boolean;
  orgKind: OrganisationKind[];
  /** The map's view, which the list follows; null before the map has reported one. */
  bbox: Bbox | null;
  near: GeoPoint | null;
  radiusKm: number | null;
  sort: SearchSort;
  page: number;
  /** On a phone: the list instead of the map. */
  view: 'map' | 'list';
}

export const emptySearchState: SearchState = {
  q: '',
  category: [],
  condition: [],
  free: false,
  maxPrice: null,
  municipality: [],
  postcode: [],
  availableOn: null,
  screened: false,
  orgKind: [],
  bbox: null,
  near: null,
  radiusKm: null,
  sort: 'relevance',
  page: 1,
  view: 'map',
};

export const DEFAULT_RADIUS_KM = 10;
export const PAGE_SIZE = 20;
const MAX_PAGE = 500;

/** Values the shared schemas refuse are dropped one by one: a damaged link still shows what it can. */
function valid<T>(result: { success: true; data: T } | { success: false }): T | undefined {
  return result.success ? result.data : undefined;
}

const listOf = (params: URLSearchParams, key: string) => {
  const values = params.getAll(key);
  return values.length === 0 ? undefined : values;
};

export function parseSearchState(params: URLSearchParams): SearchState {
  const f = searchFilterFields;
  const near = valid(f.near.safeParse(params.get('near') ?? undefined)) ?? null;
  const radiusKm = near ? (valid(f.radiusKm.safeParse(params.get('radiusKm') ?? undefined)) ?? DEFAULT_RADIUS_KM) : null;
  const sort = (searchSorts as readonly string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as SearchSort) : 'relevance';
  const page = Number(params.get('page'));
  return {
    q: valid(f.q.safeParse(params.get('q') ?? undefined)) ?? '',
    category: unique(valid(f.category.safeParse(listOf(params, 'category'))) ?? []),
    condition: unique(valid(f.condition.safeParse(listOf(params, 'condition'))) ?? []).sort(),
    free: valid(f.free.safeParse(params.get('free') ?? undefined)) ?? false,
    maxPrice: valid(f.maxPrice.safeParse(params.get('maxPrice') ?? undefined)) ?? null,
    municipality: unique(valid(f.municipality.safeParse(listOf(params, 'municipality'))) ?? []),
    postcode: unique(valid(f.postcode.safeParse(listOf(params, 'postcode'))) ?? []),
    availableOn: valid(f.availableOn.safeParse(params.get('availableOn') ?? undefined)) ?? null,
    screened: valid(f.screened.safeParse(params.get('screened') ?? undefined)) ?? false,
    orgKind: unique(valid(f.orgKind.safeParse(listOf(params, 'orgKind'))) ?? []),
    bbox: valid(f.bbox.safeParse(params.get('bbox') ?? undefined)) ?? null,
    near,
    radiusKm,
    sort: sort === 'nearest' && !near ? 'relevance' : sort,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
    view: params.get('view') === 'list' ? 'list' : 'map',
  };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

const formatNumber = (n: number) => String(Number(n.toFixed(6)));
/** `minLon,minLat,maxLon,maxLat`, as the API reads it. */
export const bboxText = (b: Bbox) => [b.minLon, b.minLat, b.maxLon, b.maxLat].map(formatNumber).join(',');
const pointText = (p: GeoPoint) => `${formatNumber(p.lat)},${formatNumber(p.lon)}`;

/**
 * The state as a query string ("?q=mursten&category=murvaerk-mursten&bbox=…"), in a fixed order and
 * without defaults, so that equal states give equal URLs. Commas stay readable.
 */
export function searchStateToString(state: SearchState): string {
  const pairs: [string, string][] = [];
  const add = (key: string, value: string | null | undefined | false) => {
    if (value) pairs.push([key, value]);
  };
  add('q', state.q.trim());
  add('category', state.category.join(','));
  add('condition', state.condition.join(','));
  add('free', state.free && '1');
  add('maxPrice', state.maxPrice !== null && !state.free && String(state.maxPrice));
  add('municipality', state.municipality.join(','));
  add('postcode', state.postcode.join(','));
  add('availableOn', state.availableOn);
  add('screened', state.screened && '1');
  add('orgKind', state.orgKind.join(','));
  add('near', state.near && pointText(state.near));
  add('radiusKm', state.near && state.radiusKm !== null && String(state.radiusKm));
  add('sort', state.sort !== 'relevance' && (state.sort !== 'nearest' || state.near) && state.sort);
  add('page', state.page > 1 && String(state.page));
  add('bbox', state.bbox && bboxText(state.bbox));
  add('view', state.view === 'list' && 'list');
  if (pairs.length === 0) return '';
  return `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/gi, ',')}`).join('&')}`;
}

/** The filters that narrow the result (not the text, the area, the sort or the page). */
export function activeFilterCount(state: SearchState): number {
  return (
    state.category.length +
    state.condition.length +
    (state.free || state.maxPrice !== null ? 1 : 0) +
    state.municipality.length +
    state.postcode.length +
    (state.availableOn ? 1 : 0) +
    (state.screened ? 1 : 0) +
    state.orgKind.length
  );
}

/** A new search: any change of what is searched for starts again at page 1. */
export function withFilters(state: SearchState, patch: Partial<Omit<SearchState, 'page' | 'view'>>): SearchState {
  const next = { ...state, ...patch, page: 1 };
  if (!next.near) {
    next.radiusKm = null;
    if (next.sort === 'nearest') next.sort = 'relevance';
  }
  return next;
}

export function clearFilters(state: SearchState): SearchState {
  return withFilters(state, {
    category: [],
    condition: [],
    free: false,
    maxPrice: null,
    municipality: [],
    postcode: [],
    availableOn: null,
    screened: false,
    orgKind: [],
  });
}

type ApiQuery = Record<string, string | number | boolean | undefined>;

/** The filters as query parameters of GET /api/search and GET /api/map/clusters (lists comma separated). */
export function filterQuery(state: SearchState): ApiQuery {
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(',') : undefined);
  return {
    q: state.q.trim() || undefined,
    category: list(state.category),
    condition: list(state.condition),
    free: state.free || undefined,
    maxPrice: state.free ? undefined : (state.maxPrice ?? undefined),
    municipality: list(state.municipality),
    postcode: list(state.postcode),
    availableOn: state.availableOn ?? undefined,
    screened: state.screened || undefined,
    orgKind: list(state.orgKind),
    near: state.near ? pointText(state.near) : undefined,
    radiusKm: state.near ? (state.radiusKm ?? undefined) : undefined,
  };
}

/** GET /api/search for the list: the filters, the URL's area, sort and page. */
export function searchQuery(state: SearchState): ApiQuery {
  return {
    ...filterQuery(state),
    bbox: state.bbox ? bboxText(state.bbox) : undefined,
    sort: state.sort === 'nearest' && !state.near ? 'relevance' : state.sort,
    page: state.page,
    pageSize: PAGE_SIZE,
  };
}

/** The current search as a wanted post's saved search (JSON form of the shared filter schema). */
export function toSavedSearch(state: SearchState): SearchFiltersInput {
  const search: SearchFiltersInput = {};
  if (state.q.trim()) search.q = state.q.trim();
  if (state.category.length) search.category = state.category;
  if (state.condition.length) search.condition = state.condition;
  if (state.free) search.free = true;
  else if (state.maxPrice !== null) search.maxPrice = state.maxPrice;
  if (state.municipality.length) search.municipality = state.municipality;
  if (state.postcode.length) search.postcode = state.postcode;
  if (state.availableOn) search.availableOn = state.availableOn;
  if (state.screened) search.screened = true;
  if (state.orgKind.length) search.orgKind = state.orgKind;
  if (state.bbox) search.bbox = state.bbox;
  if (state.near) {
    search.near = state.near;
    if (state.radiusKm !== null) search.radiusKm = state.radiusKm;
  }
  return search;
}

/** A saved search (as the server stores it) back as a map page state; null when it cannot be read. */
export function fromSavedSearch(search: unknown): SearchState | null {
  const parsed = savedSearchSchema.safeParse(search);
  if (!parsed.success) return null;
  const s = parsed.data;
  return {
    ...emptySearchState,
    q: s.q ?? '',
    category: s.category ?? [],
    condition: s.condition ?? [],
    free: s.free ?? false,
    maxPrice: s.maxPrice ?? null,
    municipality: s.municipality ?? [],
    postcode: s.postcode ?? [],
    availableOn: s.availableOn ?? null,
    screened: s.screened ?? false,
    orgKind: s.orgKind ?? [],
    bbox: s.bbox ? roundBbox(s.bbox) : null,
    near: s.near ? roundPoint(s.near) : null,
    radiusKm: s.near ? (s.radiusKm ?? DEFAULT_RADIUS_KM) : null,
  };
}
