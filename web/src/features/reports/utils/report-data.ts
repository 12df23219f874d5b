import type { Bbox, ReportMeasure, ReportRow, SupplyDemandReport } from '@byg360/shared';
import { roundBbox, wholeZoom } from '../../../lib/geo';
import type { LotClustersQuery } from '../api/get-lot-clusters';
import type { AxisScale, ReportGranularity, ReportUnit } from './report-filters';

/** The measures drawn in the charts, in the order of their bars; recycled and disposed stay in the table. */
export const chartMeasures = ['potential', 'listed', 'reserved', 'collected', 'reused', 'demand', 'unmet'] as const satisfies readonly ReportMeasure[];
export type ChartMeasure = (typeof chartMeasures)[number];

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and in greyscale print by the legend order. */
export const measureColours: Record<ChartMeasure, string> = {
  potential: '#0072B2',
  listed: '#009E73',
  reserved: '#E69F00',
  collected: '#56B4E9',
  reused: '#CC79A7',
  demand: '#4D4D4D',
  unmet: '#D55E00',
};

/** Charts add up different categories, so they need a common unit: the lots' own unit becomes tonnes there. */
export const chartUnit = (unit: ReportUnit): 't' | 'co2e' => (unit === 'co2e' ? 'co2e' : 't');

/** A measure of a row in the chosen unit; null where the row has no single unit (mixed units, or the total). */
export function measureValue(row: ReportRow, measure: ReportMeasure, unit: ReportUnit): number | null {
  const value = row.measures[measure];
  if (unit === 't') return Number(value.t);
  if (unit === 'co2e') return Number(value.tCo2e);
  return value.quantity === null ? null : Number(value.quantity);
}

export type ChartDatum = { key: string; label: string } & Record<ChartMeasure, number>;

function datum(key: string, label: string, row: ReportRow | undefined, unit: 't' | 'co2e'): ChartDatum {
  const values = Object.fromEntries(chartMeasures.map((m) => [m, row ? (measureValue(row, m, unit) ?? 0) : 0])) as Record<ChartMeasure, number>;
  return { key, label, ...values };
}

export const rowName = (row: Pick<ReportRow, 'nameDa' | 'nameEn' | 'categorySlug'>, language: 'da' | 'en') =>
  (language === 'en' ? row.nameEn : row.nameDa) ?? row.categorySlug ?? '';

/**
 * One bar group per top-level category; with a category filter, one per (sub)category inside it,
 * where the comparison the planner asked for is.
 */
export function categoryChartData(report: SupplyDemandReport, unit: 't' | 'co2e', language: 'da' | 'en'): ChartDatum[] {
  const level = report.filters.category ? 'category' : 'group';
  return report.byCategory.filter((row) => row.level === level).map((row) => datum(row.categorySlug ?? '', rowName(row, language), row, unit));
}

/** One point per period of the report, also the empty ones, from the periods breakdown's total rows. */
export function periodChartData(report: SupplyDemandReport, unit: 't' | 'co2e', label: (key: string) => string): ChartDatum[] {
  const totals = new Map(report.byPeriod.filter((row) => row.level === 'total').map((row) => [row.period, row]));
  return report.periods.map((period) => datum(period.key, label(period.key), totals.get(period.key), unit));
}

export interface LatLon {
  lat: number;
  lon: number;
}

export interface AreaFigures {
  postcode: string | null;
  /** Where to draw the postcode; null when neither the server nor a known point places it. */
  position: LatLon | null;
  potential: number;
  listed: number;
  demand: number;
  unmet: number;
  /** Potential and listed: what is or will be there to take. */
  supply: number;
}

/**
 * Totals per postcode (the areas breakdown's total rows), placed by the server's position of the
 * postcode or, for a postcode it does not know, by `fallback`.
 */
export function areaFigures(report: SupplyDemandReport, unit: 't' | 'co2e', fallback: ReadonlyMap<string, LatLon> = new Map()): AreaFigures[] {
  return report.byArea
    .filter((row) => row.level === 'total')
    .map((row) => {
      const value = (m: ReportMeasure) => measureValue(row, m, unit) ?? 0;
      const position = row.position ?? (row.postcode ? fallback.get(row.postcode) : undefined) ?? null;
      return { postcode: row.postcode, position, potential: value('potential'), listed: value('listed'), demand: value('demand'), unmet: value('unmet'), supply: value('potential') + value('listed') };
    });
}

/** Where to draw a postcode the server cannot place: the mean of the known points in it (planned demolitions). */
export function postcodePlaces(points: readonly ({ postcode: string | null } & LatLon)[]): Map<string, LatLon> {
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const { postcode, lat, lon } of points) {
    if (!postcode || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const sum = sums.get(postcode) ?? { lat: 0, lon: 0, n: 0 };
    sums.set(postcode, { lat: sum.lat + lat, lon: sum.lon + lon, n: sum.n + 1 });
  }
  return new Map([...sums].map(([postcode, s]) => [postcode, { lat: s.lat / s.n, lon: s.lon / s.n }]));
}

/**
 * The clusters request for the map's view and the report's filters: the box rounded outwards (to
 * about 10 m) and clamped, so that the same view asks the same question.
 */
export function lotClustersQuery(view: { bbox: Bbox; zoom: number }, filters: Pick<SupplyDemandReport['filters'], 'municipality' | 'postcode' | 'category'>): LotClustersQuery {
  const { minLon, minLat, maxLon, maxLat } = roundBbox(view.bbox, 4);
  return {
    bbox: [minLon, minLat, maxLon, maxLat].join(','),
    zoom: wholeZoom(view.zoom),
    municipality: filters.municipality,
    postcode: filters.postcode,
    category: filters.category,
  };
}

/** Circle radius in pixels with the area proportional to the value; 0 draws nothing. */
export function circleRadius(value: number, max: number, { min = 5, biggest = 30 } = {}): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(min, Math.sqrt(value / max) * biggest);
}

/**
 * Linear unless the smallest non-zero value is less than a hundredth of the largest: then the small
 * bars would be invisible, and a logarithmic axis shows them.
 */
export function effectiveScale(chosen: AxisScale | null, data: readonly ChartDatum[]): AxisScale {
  if (chosen) return chosen;
  const values = data.flatMap((d) => chartMeasures.map((m) => d[m])).filter((v) => v > 0);
  if (values.length === 0) return 'linear';
  return Math.min(...values) * 100 < Math.max(...values) ? 'log' : 'linear';
}

/** Ticks for a symmetric-log axis: 0 and the powers of ten up to the first one above the largest value. */
export function logTicks(max: number): number[] {
  const ticks = [0];
  if (max <= 0) return ticks;
  let tick = 10 ** Math.floor(Math.log10(Math.min(max, 1)));
  while (tick < max * 10) {
    ticks.push(tick);
    if (tick >= max) break;
    tick *= 10;
  }
  return ticks;
}

export const maxOf = (data: readonly ChartDatum[]) => Math.max(0, ...data.flatMap((d) => chartMeasures.map((m) => d[m])));

/** "2026" · "2026-Q2" · "2026-03" → what a reader expects in the current language. */
export function periodLabel(key: string, granularity: ReportGranularity, language: 'da' | 'en', quarterLabel: (quarter: number, year: string) => string): string {
  if (granularity === 'year') return key;
  const [year = key, part = ''] = key.split('-');
  if (granularity === 'quarter') return quarterLabel(Number(part.replace('Q', '')), year);
  const month = new Date(Date.UTC(Number(year), Number(part) - 1, 1));
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(month);
}

/** Whether the report has any figure at all: an empty selection says so instead of drawing empty charts. */
export function isEmptyReport(report: SupplyDemandReport): boolean {
  const total = report.byCategory.find((row) => row.level === 'total');
  if (!total) return true;
  return Object.values(total.measures).every((m) => Number(m.t) === 0 && (m.quantity === null || Number(m.quantity) === 0)) && total.lotsListed === 0 && total.wantedPosts === 0;
}
