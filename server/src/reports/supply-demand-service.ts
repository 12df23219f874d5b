import {
  measureDefinitions,
  reportMeasures,
  type Category,
  type ReportAreaRow,
  type ReportFactor,
  type ReportRow,
  type SupplyDemandQuery,
  type SupplyDemandReport,
  type Unit,
} from '@byg360/shared';
import type { Actor } from '../auth/actor.ts';
import { isAdmin } from '../auth/policy.ts';
import { listCategories } from '../categories/categories-repository.ts';
import type { Db } from '../db/client.ts';
import { forbidden, invalid, unauthorized } from '../lib/errors.ts';
import { trimDecimal } from '../lib/decimal.ts';
import { findPostcodePositions } from '../places/places-repository.ts';
import { listMaterialIntensities } from './factors-service.ts';
import { categoryIdsOf, plannedDemolitionSummary, supplyDemandAggregates, type ReportAggregateRow, type ReportScope } from './supply-demand-repository.ts';

const MAX_YEARS = 100;

/**
 * Who sees which municipality: a planner (of a verified municipality organisation) their own,
 * always; an administrator every municipality, or the one asked for. Everyone else: 403.
 */
export function reportMunicipality(actor: Actor | null, asked: string | undefined): string | null {
  if (!actor) throw unauthorized();
  if (isAdmin(actor)) return asked ?? null;
  if (actor.role === 'planner' && actor.actsForOrganisation && actor.municipalityCode) {
    if (asked !== undefined && asked !== actor.municipalityCode) throw forbidden('Planners see the reports of their own municipality');
    return actor.municipalityCode;
  }
  throw forbidden('Reports are for the municipality’s planners');
}

/** The report's scope from the query: access, default period (two years back to ten ahead), category slug → ids. */
export async function resolveReportScope(db: Db, actor: Actor | null, query: Pick<SupplyDemandQuery, 'from' | 'to' | 'granularity' | 'municipality' | 'postcode' | 'category'>): Promise<ReportScope> {
  const municipalityCode = reportMunicipality(actor, query.municipality);
  const year = new Date().getFullYear();
  const from = query.from ?? `${year - 2}-01-01`;
  const to = query.to ?? `${year + 10}-12-31`;
  if (from > to) throw invalid('The period must end after it starts', [{ path: 'to', message: 'Before from' }]);
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_YEARS) throw invalid(`The period may span at most ${MAX_YEARS} years`, [{ path: 'to', message: 'Too long' }]);
  let categoryIds: string[] | null = null;
  if (query.category) {
    categoryIds = await categoryIdsOf(db, query.category);
    if (!categoryIds) throw invalid(`Unknown category “${query.category}”`, [{ path: 'category', message: 'Unknown category slug' }]);
  }
  return { municipalityCode, postcode: query.postcode ?? null, categoryIds, categorySlug: query.category ?? null, from, to, granularity: query.granularity };
}

// ── Periods ─────────────────────────────────────────────────────────────────────────

const monthsOf = { month: 1, quarter: 3, year: 12 } as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-04-01" → "2026-Q2" (quarter), "2026-04" (month), "2026" (year). */
export function periodKey(start: string, granularity: ReportScope['granularity']): string {
  const [y, m] = start.split('-');
  if (granularity === 'year') return y!;
  if (granularity === 'month') return `${y}-${m}`;
  return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
}

/** Every period the report spans, also the empty ones, so that a time series has no gaps. */
export function periodsOf(scope: ReportScope): { key: string; start: string; end: string }[] {
  const step = monthsOf[scope.granularity];
  const [fy, fm] = scope.from.split('-').map(Number) as [number, number];
  let month = Math.floor((fm - 1) / step) * step; // 0-based month where the first period starts
  let year = fy;
  const periods = [];
  for (;;) {
    const start = `${year}-${pad(month + 1)}-01`;
    if (start > scope.to) break;
    const endDate = new Date(Date.UTC(year, month + step, 0));
    periods.push({ key: periodKey(start, scope.granularity), start, end: endDate.toISOString().slice(0, 10) });
    month += step;
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
  }
  return periods;
}

// ── Rows ────────────────────────────────────────────────────────────────────────────

function toRow(r: ReportAggregateRow, categories: Map<string, Category>, granularity: ReportScope['granularity']): ReportRow {
  const categoryId = r.level === 'category' ? r.category_id : r.level === 'group' ? r.group_id : null;
  const category = categoryId ? categories.get(categoryId) : undefined;
  const measures = Object.fromEntries(
    reportMeasures.map((m) => [
      m,
      {
        quantity: r[`${m}_q`] === null ? null : trimDecimal(r[`${m}_q`]!),
        t: trimDecimal(r[`${m}_t`] ?? '0'),
        tCo2e: trimDecimal(r[`${m}_tco2e`] ?? '0'),
      },
    ]),
  ) as ReportRow['measures'];
  return {
    level: r.level,
    categoryId,
    categorySlug: category?.slug ?? null,
    groupSlug: r.group_id ? (categories.get(r.group_id)?.slug ?? null) : null,
    nameDa: category?.nameDa ?? null,
    nameEn: category?.nameEn ?? null,
    ewcCode: category?.ewcCode ?? null,
    period: r.breakdown === 'periods' && r.period ? periodKey(r.period, granularity) : null,
    postcode: r.breakdown === 'areas' ? r.postcode : null,
    unit: r.unit as Unit | null,
    measures,
    reuseRate: r.reuse_rate,
    lotsListed: r.lots_listed ?? 0,
    wantedPosts: r.wanted_posts ?? 0,
    withoutMass: r.without_mass ?? 0,
  };
}

/** Groups in taxonomy order, each followed by its categories; the total last. */
function ordered(rows: ReportRow[], categories: Map<string, Category>): ReportRow[] {
  const bySlug = new Map([...categories.values()].map((c) => [c.slug, c]));
  const rank = (r: ReportRow) => {
    if (r.level === 'total') return [Number.MAX_SAFE_INTEGER, 0, 0];
    const group = bySlug.get(r.groupSlug!)!;
    return [group.sortOrder, r.level === 'group' ? 0 : 1, r.level === 'group' ? 0 : bySlug.get(r.categorySlug!)!.sortOrder];
  };
  const key = (r: ReportRow) => `${r.period ?? ''}|${r.postcode ?? '~'}`;
  return [...rows].sort((a, b) => {
    const k = key(a).localeCompare(key(b));
    if (k !== 0) return k;
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
}

/** The areas breakdown with each postcode's centre, from one query for the postcodes present. */
async function withPositions(db: Db, rows: ReportRow[]): Promise<ReportAreaRow[]> {
  const positions = await findPostcodePositions(db, [...new Set(rows.flatMap((r) => (r.postcode ? [r.postcode] : [])))]);
  return rows.map((row) => ({ ...row, position: row.postcode ? (positions.get(row.postcode) ?? null) : null }));
}

export function factorOf(c: Category): ReportFactor {
  return {
    categoryId: c.id,
    slug: c.slug,
    nameDa: c.nameDa,
    nameEn: c.nameEn,
    unit: c.defaultUnit,
    kgPerUnit: c.kgPerUnit === null ? null : trimDecimal(c.kgPerUnit),
    co2eKgPerKg: c.co2eKgPerKg === null ? null : trimDecimal(c.co2eKgPerKg),
    co2eScope: c.co2eScope,
    ewcCode: c.ewcCode,
    source: c.factorSource,
  };
}

export async function buildSupplyDemandReport(db: Db, scope: ReportScope): Promise<SupplyDemandReport> {
  const [aggregates, categoryList, summary, intensities] = await Promise.all([
    supplyDemandAggregates(db, scope),
    listCategories(db),
    plannedDemolitionSummary(db, scope),
    listMaterialIntensities(db),
  ]);
  const categories = new Map(categoryList.map((c) => [c.id, c]));
  const rows = aggregates.map((r) => ({ breakdown: r.breakdown, row: toRow(r, categories, scope.granularity) }));
  const breakdown = (b: ReportAggregateRow['breakdown']) => ordered(rows.filter((r) => r.breakdown === b).map((r) => r.row), categories);
  const byArea = await withPositions(db, breakdown('areas'));
  const usedCategories = new Set(rows.flatMap((r) => (r.row.categoryId ? [r.row.categoryId] : [])));
  const usedArchetypes = new Set(summary.flatMap((s) => (s.archetype ? [s.archetype] : [])));
  return {
    generatedAt: new Date().toISOString(),
    filters: {
      from: scope.from,
      to: scope.to,
      granularity: scope.granularity,
      municipality: scope.municipalityCode,
      postcode: scope.postcode,
      category: scope.categorySlug,
    },
    periods: periodsOf(scope),
    byCategory: breakdown('categories'),
    byPeriod: breakdown('periods'),
    byArea,
    factors: categoryList.filter((c) => usedCategories.has(c.id)).map(factorOf),
    intensities: intensities
      .filter((i) => usedArchetypes.has(i.archetype) && (scope.categoryIds === null || scope.categoryIds.includes(i.categoryId)))
      .map((i) => ({ id: i.id, archetype: i.archetype, categorySlug: i.categorySlug, kgPerM2: i.kgPerM2, source: i.source })),
    plannedDemolitions: {
      count: summary.reduce((n, s) => n + s.n, 0),
      withoutEstimate: summary.filter((s) => s.archetype === null).reduce((n, s) => n + s.n, 0),
    },
    definitions: Object.fromEntries(reportMeasures.map((m) => [m, measureDefinitions[m].en])),
  };
}

export async function supplyDemandReport(db: Db, actor: Actor | null, query: SupplyDemandQuery): Promise<SupplyDemandReport> {
  return buildSupplyDemandReport(db, await resolveReportScope(db, actor, query));
}
