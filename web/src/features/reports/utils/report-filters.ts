import { reportGranularities } from '@byg360/shared';

/** What the supply-demand report is asked for; null leaves the server's default (all, or its default period). */
export interface ReportFilters {
  from: string | null;
  to: string | null;
  granularity: ReportGranularity;
  municipality: string | null;
  postcode: string | null;
  category: string | null;
}

export type ReportGranularity = (typeof reportGranularities)[number];

/** How the figures are shown: tonnes, tonnes CO2e or the lots' own unit. */
export const reportUnits = ['t', 'co2e', 'quantity'] as const;
export type ReportUnit = (typeof reportUnits)[number];

/** A logarithmic axis keeps small bars visible beside the (much larger) potential supply. */
export const axisScales = ['linear', 'log'] as const;
export type AxisScale = (typeof axisScales)[number];

export interface ReportView {
  unit: ReportUnit;
  /** null: chosen from the data (see `effectiveScale`). */
  scale: AxisScale | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FOUR_DIGITS = /^\d{4}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
const matching = (value: string | null, pattern: RegExp) => (value !== null && pattern.test(value) ? value : null);

/** The filters of a shared link; anything malformed is ignored rather than sent to the server. */
export function filtersFromSearch(params: URLSearchParams): ReportFilters {
  return {
    from: matching(params.get('from'), ISO_DATE),
    to: matching(params.get('to'), ISO_DATE),
    granularity: pick(params.get('granularity'), reportGranularities) ?? 'year',
    municipality: matching(params.get('municipality'), FOUR_DIGITS),
    postcode: matching(params.get('postcode'), FOUR_DIGITS),
    category: matching(params.get('category'), SLUG),
  };
}

export function viewFromSearch(params: URLSearchParams): ReportView {
  return { unit: pick(params.get('unit'), reportUnits) ?? 't', scale: pick(params.get('scale'), axisScales) };
}

export type ReportParam = keyof ReportFilters | keyof ReportView;

/** The search parameters with some set, or removed when null, empty or the default. */
export function withParams(params: URLSearchParams, changes: Partial<Record<ReportParam, string | null>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    const isDefault = (key === 'granularity' && value === 'year') || (key === 'unit' && value === 't');
    if (value === null || value === undefined || value === '' || isDefault) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The filters as the API's query string (nulls left out). */
export function reportQuery(filters: ReportFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== null));
}

export const hasNarrowingFilters = (filters: ReportFilters) =>
  filters.from !== null || filters.to !== null || filters.postcode !== null || filters.category !== null || filters.municipality !== null;
