import { sql, type SQL } from 'drizzle-orm';
import type { ReportLocale } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { lotKgExpr } from '../lots/lot-mass.ts';
import { plannedDemolitionsWithArchetype } from '../planned-demolitions/planned-demolitions-repository.ts';
import { csvDialect, FORMULA_STARTS } from './tabular.ts';

/** Calendar days, months and years are Danish ones. */
export const REPORT_TIME_ZONE = 'Europe/Copenhagen';

export interface ReportScope {
  /** null: every municipality (administrators). */
  municipalityCode: string | null;
  postcode: string | null;
  /** null: every category; otherwise the ids to count (a top-level category and its children). */
  categoryIds: string[] | null;
  categorySlug: string | null;
  /** Inclusive local dates, YYYY-MM-DD. */
  from: string;
  to: string;
  granularity: 'month' | 'quarter' | 'year';
}

export const lotMeasures = ['listed', 'reserved', 'collected', 'reused', 'recycled', 'disposed'] as const;
const allMeasures = ['potential', ...lotMeasures, 'demand', 'unmet'] as const;

/** `ts` within the report's days (Danish time), as a half-open range of instants. */
const inPeriod = (ts: SQL, s: ReportScope) =>
  sql`${ts} >= (${s.from}::date)::timestamp at time zone ${REPORT_TIME_ZONE} and ${ts} < (${s.to}::date + 1)::timestamp at time zone ${REPORT_TIME_ZONE}`;
const localDay = (ts: SQL) => sql`(${ts} at time zone ${REPORT_TIME_ZONE})::date`;

function areaOf(table: SQL, s: ReportScope): SQL {
  return sql.join(
    [
      s.municipalityCode === null ? sql`true` : sql`${table}.municipality_code = ${s.municipalityCode}`,
      s.postcode === null ? sql`true` : sql`${table}.postcode = ${s.postcode}`,
    ],
    sql` and `,
  );
}

/** Lots (alias l, their project p) in the report's area and categories. */
const lotScopeOf = (s: ReportScope) => sql`l.deleted_at is null and ${areaOf(sql`p`, s)} and ${categoryIn(sql`l.category_id`, s)}`;

/** Planned demolitions in the report's area whose expected year (dated 1 January) falls in its period. */
const plannedInScope = (s: ReportScope) => sql`${areaOf(sql`pd`, s)} and make_date(pd.expected_year, 1, 1) between ${s.from}::date and ${s.to}::date`;

function categoryIn(column: SQL, s: ReportScope): SQL {
  if (s.categoryIds === null) return sql`true`;
  if (s.categoryIds.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    s.categoryIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

/**
 * Every item the report counts, aggregated per category, period, postcode, unit and measure: its
 * quantity, kg and number of items. Lots, reservations and outcomes (at their project's postcode)
 * are first summed per category, postcode, period and unit, and only then converted to kg
 * (quantity × the category's factor for the unit, via lotKgExpr: the sum of the products is the
 * product of the sum, exactly), so that the work per item is small. A lot's outcome gives
 * three measures; a planned demolition one row per material of its archetype (an estimate in kg,
 * without a unit).
 */
function facts(s: ReportScope, starts: string): SQL {
  // The period's number by binary search over the periods' first instants, cheaper than a
  // time-zone conversion per item; bound as a constant array (see periodStarts).
  const period = (ts: SQL) => sql`width_bucket(${ts}, ${starts}::timestamptz[])`;
  const lotScope = lotScopeOf(s);
  const lotItems = sql`
    select l.category_id, p.postcode, ${period(sql`l.published_at`)} as period, l.unit, 'listed' as m, l.quantity as q
    from lots l join projects p on p.id = l.project_id
    where ${lotScope} and ${inPeriod(sql`l.published_at`, s)}
    union all
    select l.category_id, p.postcode, ${period(sql`r.at`)}, l.unit, r.m, r.quantity
    from (
      select r.lot_id, r.quantity, case when r.status = 'collected' then 'collected' else 'reserved' end as m, case when r.status = 'collected' then r.updated_at else r.created_at end as at
      from reservations r
      where (r.status in ('pending', 'accepted') and ${inPeriod(sql`r.created_at`, s)}) or (r.status = 'collected' and ${inPeriod(sql`r.updated_at`, s)})
    ) r join lots l on l.id = r.lot_id join projects p on p.id = l.project_id
    where ${lotScope}
    union all
    select l.category_id, p.postcode, ${period(sql`l.outcome_recorded_at`)}, l.unit, o.m, o.q
    from lots l join projects p on p.id = l.project_id
    cross join lateral (values ('reused', l.outcome_reused), ('recycled', l.outcome_recycled), ('disposed', l.outcome_disposed)) o(m, q)
    where ${lotScope} and ${inPeriod(sql`l.outcome_recorded_at`, s)}`;
  const converted = (q: SQL, a: SQL) => sql`${lotKgExpr(q, a, sql`c`)}`;
  return sql`
    select a.category_id, a.period, a.postcode, a.unit::text as unit, a.m, a.q, ${converted(sql`a.q`, sql`a`)} as kg, a.n,
      case when ${converted(sql`a.q`, sql`a`)} is null then a.n else 0 end as without_mass
    from (
      select category_id, postcode, period, unit, m, sum(q) as q, count(*)::int as n
      from (${lotItems}) items
      group by 1, 2, 3, 4, 5
    ) a
    join material_categories c on c.id = a.category_id
    union all
    select a.category_id, a.period, a.postcode, a.unit::text, 'demand', a.q, ${converted(sql`a.q`, sql`a`)}, a.n,
      case when a.q is not null and ${converted(sql`a.q`, sql`a`)} is null then a.n_quantity else 0 end
    from (
      select w.category_id, ${period(sql`w.created_at`)} as period, w.postcode, w.unit, sum(w.quantity) as q, count(*)::int as n, count(w.quantity)::int as n_quantity
      from wanted_posts w
      where w.status in ('open', 'fulfilled') and w.category_id is not null and ${areaOf(sql`w`, s)} and ${categoryIn(sql`w.category_id`, s)} and ${inPeriod(sql`w.created_at`, s)}
      group by 1, 2, 3, 4
    ) a
    join material_categories c on c.id = a.category_id
    union all
    select mi.category_id, ${period(sql`(make_date(pd.expected_year, 1, 1)::timestamp at time zone ${REPORT_TIME_ZONE})`)}, pd.postcode, null, 'potential', null, sum(pd.floor_area_m2 * mi.kg_per_m2), count(*)::int, 0
    from ${plannedDemolitionsWithArchetype(plannedInScope(s))} pd
    join material_intensities mi on mi.archetype = pd.archetype
    where ${categoryIn(sql`mi.category_id`, s)}
    group by 1, 2, 3`;
}

const steps = { month: '1 month', quarter: '3 months', year: '1 year' } as const;

/** The first local midnight of each of the report's periods, in order. */
const periodSeries = (s: ReportScope) =>
  sql`generate_series(date_trunc(${s.granularity}, ${s.from}::date::timestamp), ${s.to}::date::timestamp, ${steps[s.granularity]}::interval)`;

/**
 * The report's periods' first instants (Danish time), as the text of an array to bind into the
 * aggregate: width_bucket over a constant array ran the whole report about a quarter faster than
 * over the same array from a subquery.
 */
async function periodStarts(db: Db | Tx, s: ReportScope): Promise<string> {
  const { rows } = await db.execute<{ starts: string }>(sql`select array_agg(d at time zone ${REPORT_TIME_ZONE} order by d)::text as starts from ${periodSeries(s)} d`);
  return rows[0]!.starts;
}

/** The report's periods' first days, in order. */
const periodDays = (s: ReportScope) => sql`select array_agg(d::date order by d) as days from ${periodSeries(s)} d`;

const sumOf = (column: string, m: string) => sql.raw(`coalesce(sum(f.${column}) filter (where f.m = '${m}'), 0)`);

/**
 * The report's finest cells: category × period × postcode, with each measure's quantity (in the
 * cell's unit: the one unit its lots and wanted posts use, or the category's default unit when
 * they use none; null when they mix units), kg and kg CO2e. Potential supply is converted from kg
 * into the unit and rounded to 3 decimals there; every other figure is exact. Unmet demand is
 * computed here, per cell, so that every coarser row can simply add cells up.
 */
function cells(s: ReportScope, starts: string): SQL {
  const pivot = sql.join(
    ['potential', ...lotMeasures, 'demand'].map((m) => sql`${sumOf('q', m)} as ${sql.raw(`${m}_q_raw`)}, ${sumOf('kg', m)} as ${sql.raw(`${m}_kg`)}`),
    sql`, `,
  );
  const quantities = sql.join(
    [...lotMeasures, 'demand'].map((m) => sql.raw(`case when x.unit is not null then x.${m}_q_raw end as ${m}_q`)),
    sql`, `,
  );
  return sql`
    with bounds as (${periodDays(s)}),
    facts as (${facts(s, starts)}),
    grouped as (
      select f.category_id, (select days from bounds)[f.period] as period, f.postcode,
        min(f.unit) as unit_min, max(f.unit) as unit_max,
        ${pivot},
        coalesce(sum(f.n) filter (where f.m = 'listed'), 0)::int as lots_listed,
        coalesce(sum(f.n) filter (where f.m = 'demand'), 0)::int as wanted_posts,
        coalesce(sum(f.without_mass), 0)::int as without_mass
      from facts f
      group by 1, 2, 3
    ),
    x as (
      select g.*, c.default_unit::text as default_unit, c.kg_per_unit, coalesce(c.co2e_kg_per_kg, 0) as factor,
        coalesce(c.parent_id, c.id) as group_id,
        case when g.unit_min is null then c.default_unit::text when g.unit_min = g.unit_max then g.unit_min end as unit
      from grouped g join material_categories c on c.id = g.category_id
    )
    select x.category_id, x.group_id, x.period, x.postcode, x.unit, x.factor,
      ${quantities},
      case
        when x.unit is null then null
        when x.potential_kg = 0 then 0
        when x.unit = 'kg' then x.potential_kg
        when x.unit = 't' then x.potential_kg * 0.001
        when x.unit = x.default_unit and x.kg_per_unit > 0 then round(x.potential_kg / x.kg_per_unit, 3)
      end as potential_q,
      ${sql.join(['potential', ...lotMeasures, 'demand'].map((m) => sql.raw(`x.${m}_kg`)), sql`, `)},
      case when x.unit is not null then greatest(x.demand_q_raw - x.reserved_q_raw - x.collected_q_raw, 0) end as unmet_q,
      greatest(x.demand_kg - x.reserved_kg - x.collected_kg, 0) as unmet_kg,
      x.lots_listed, x.wanted_posts, x.without_mass
    from x`;
}

export type ReportAggregateRow = {
  level: 'category' | 'group' | 'total';
  breakdown: 'categories' | 'periods' | 'areas';
  category_id: string | null;
  group_id: string | null;
  period: string | null;
  postcode: string | null;
  unit: string | null;
  reuse_rate: string | null;
  lots_listed: number;
  wanted_posts: number;
  without_mass: number;
} & Record<`${(typeof allMeasures)[number]}_${'q' | 't' | 'tco2e'}`, string | null>;

/**
 * The three breakdowns (by category, by category × period, by category × postcode), each with
 * category, group and total rows, in one pass over the cells with GROUPING SETS: every coarser
 * figure is the exact numeric sum of the cells below it.
 */
export async function supplyDemandAggregates(db: Db, s: ReportScope): Promise<ReportAggregateRow[]> {
  return db.transaction(async (tx) => {
    // Room to aggregate in memory (hash tables) rather than by sorting on disk; for this query only.
    await tx.execute(sql`set local work_mem = '64MB'`);
    return (await tx.execute<ReportAggregateRow>(aggregatesQuery(s, await periodStarts(tx, s)))).rows;
  });
}

function aggregatesQuery(s: ReportScope, starts: string): SQL {
  const single = sql`(bool_and(unit is not null) and min(unit) = max(unit))`;
  const measures = sql.join(
    allMeasures.map(
      (m) => sql`case when ${single} and bool_and(${sql.raw(`${m}_q`)} is not null) then sum(${sql.raw(`${m}_q`)}) end::text as ${sql.raw(`${m}_q`)},
        (sum(${sql.raw(`${m}_kg`)}) * 0.001)::text as ${sql.raw(`${m}_t`)},
        (sum(${sql.raw(`${m}_kg`)} * factor) * 0.001)::text as ${sql.raw(`${m}_tco2e`)}`,
    ),
    sql`, `,
  );
  const query = sql`
    with cells as (${cells(s, starts)})
    select
      case when grouping(category_id) = 0 then 'category' when grouping(group_id) = 0 then 'group' else 'total' end as level,
      case when grouping(period) = 0 then 'periods' when grouping(postcode) = 0 then 'areas' else 'categories' end as breakdown,
      category_id, group_id, period::text as period, postcode,
      case when ${single} then min(unit) end as unit,
      ${measures},
      round(sum(reused_kg) / nullif(sum(reused_kg) + sum(recycled_kg) + sum(disposed_kg), 0), 4)::text as reuse_rate,
      sum(lots_listed)::int as lots_listed, sum(wanted_posts)::int as wanted_posts, sum(without_mass)::int as without_mass
    from cells
    group by grouping sets (
      (group_id, category_id), (group_id), (),
      (group_id, category_id, period), (group_id, period), (period),
      (group_id, category_id, postcode), (group_id, postcode), (postcode)
    )`;
  return query;
}

/** Planned demolitions in the report's scope, and how many have no archetype (so no estimate), with the archetypes used. */
export async function plannedDemolitionSummary(db: Db, s: ReportScope) {
  const { rows } = await db.execute<{ archetype: string | null; n: number }>(sql`
    select pd.archetype, count(*)::int as n
    from ${plannedDemolitionsWithArchetype(plannedInScope(s))} pd
    group by pd.archetype`);
  return rows;
}

export async function categoryIdsOf(db: Db, slug: string): Promise<string[] | null> {
  const { rows } = await db.execute<{ id: string }>(sql`
    select c.id from material_categories c
    where c.slug = ${slug} or c.parent_id = (select id from material_categories where slug = ${slug})`);
  return rows.length ? rows.map((r) => r.id) : null;
}

// ── Lot detail, streamed ─────────────────────────────────────────────────────────────

/** A slice of the lots by id, (after, upto]; null bounds are open. */
export interface LotRange {
  after: string | null;
  upto: string | null;
}

function inRange(column: SQL, range: LotRange): SQL {
  return sql.join(
    [range.after === null ? sql`true` : sql`${column} > ${range.after}::uuid`, range.upto === null ? sql`true` : sql`${column} <= ${range.upto}::uuid`],
    sql` and `,
  );
}

/**
 * The id that ends the page of `size` lots in the report's area and categories after `after`
 * (keyset pagination), or null when fewer remain: the page's lots are then (after, end].
 */
export async function lotPageEnd(db: Db, s: ReportScope, after: string | null, size: number): Promise<string | null> {
  const { rows } = await db.execute<{ id: string }>(sql`
    select l.id from lots l join projects p on p.id = l.project_id
    where ${lotScopeOf(s)} and ${inRange(sql`l.id`, { after, upto: null })}
    order by l.id offset ${size - 1} limit 1`);
  return rows[0]?.id ?? null;
}

/**
 * The lots in the report's area and categories with something in its period, one row each (in id
 * order within a range; null: all of them, unordered), every field as text: id, title, category slug, category name (da/en), project,
 * municipality, postcode, status, unit, quantity, day of first publication, then for listed,
 * reserved, collected, reused, recycled and disposed the lot's contribution in the period in its
 * unit, in t and in t CO2e. The products are numeric, so exact: summed over all lots they equal the
 * report's totals of these measures. Texts and numbers are formatted here, so that a CSV can be
 * written by PostgreSQL's COPY without any work per row in the server.
 */
export function lotExportQuery(s: ReportScope, locale: ReportLocale, format: 'csv' | 'cells', range: LotRange | null): SQL {
  const decimalComma = format === 'csv' && csvDialect(locale).decimal === ',';
  const number = (value: SQL) => (decimalComma ? sql`replace(trim_scale(${value})::text, '.', ',')` : sql`trim_scale(${value})::text`);
  // For CSV, a text that would run as a formula gets an apostrophe, as neutralise() does in the
  // other tables; an empty one becomes null, which COPY leaves unquoted.
  const formulaStarts = sql.join(
    FORMULA_STARTS.map((c) => sql`${c}`),
    sql`, `,
  );
  const text = (value: SQL) => (format === 'csv' ? sql`nullif(case when left(${value}, 1) in (${formulaStarts}) then '''' || ${value} else ${value} end, '')` : value);
  // Most of a lot's contributions are zero (a lot is listed, seldom also reserved or collected in
  // the same period), so zeros are written without arithmetic; a product is null where the mass is unknown.
  const measures = lotMeasures.flatMap((m) => {
    const q = sql.raw(`x.${m}`);
    return [
      sql`case when ${q} = 0 then '0' else ${number(q)} end`,
      sql`case when u.t is null then null when ${q} = 0 then '0' else ${number(sql`${q} * u.t`)} end`,
      sql`case when ${q} = 0 or u.t is null or coalesce(c.co2e_kg_per_kg, 0) = 0 then '0' else ${number(sql`${q} * u.t * c.co2e_kg_per_kg`)} end`,
    ];
  });
  const fields = [
    sql`l.id::text`,
    text(sql`l.title`),
    sql`c.slug`,
    text(locale === 'da' ? sql`c.name_da` : sql`c.name_en`),
    text(sql`p.title`),
    sql`p.municipality_code`,
    sql`p.postcode`,
    sql`l.status::text`,
    sql`l.unit::text`,
    number(sql`l.quantity`),
    sql`${localDay(sql`l.published_at`)}::text`,
    ...measures,
  ];
  // Named by position (f0, f1, …), so that a row's values are its cells in column order.
  const select = sql.join(
    fields.map((field, i) => sql`${field} as ${sql.raw(`f${i}`)}`),
    sql`, `,
  );
  const published = inPeriod(sql`l.published_at`, s);
  const outcome = inPeriod(sql`l.outcome_recorded_at`, s);
  // No CTE but rv, which is inlined: a CTE scan would keep PostgreSQL from sharing the work among
  // parallel workers. Without a range (null: every lot, for the streamed COPY) the lots come in no
  // particular order, as the workers produce them: sorting 100,000 formatted rows cost more than a
  // third of the export. A range (a page) is read in id order.
  const slice = (column: SQL) => (range === null ? sql`true` : inRange(column, range));
  return sql`
    with rv as (
      select r.lot_id,
        coalesce(sum(r.quantity) filter (where r.status in ('pending', 'accepted') and ${inPeriod(sql`r.created_at`, s)}), 0) as reserved,
        coalesce(sum(r.quantity) filter (where r.status = 'collected' and ${inPeriod(sql`r.updated_at`, s)}), 0) as collected
      from reservations r
      where r.status in ('pending', 'accepted', 'collected') and ${slice(sql`r.lot_id`)}
      group by r.lot_id
    )
    select ${select}
    from lots l
    join projects p on p.id = l.project_id
    join material_categories c on c.id = l.category_id
    cross join lateral (select ${lotKgExpr(sql`0.001`, sql`l`, sql`c`)} as t) u
    left join rv on rv.lot_id = l.id
    cross join lateral (
      select case when ${published} then l.quantity else 0 end as listed,
        coalesce(rv.reserved, 0) as reserved, coalesce(rv.collected, 0) as collected,
        case when ${outcome} then l.outcome_reused else 0 end as reused,
        case when ${outcome} then l.outcome_recycled else 0 end as recycled,
        case when ${outcome} then l.outcome_disposed else 0 end as disposed
    ) x
    where ${lotScopeOf(s)} and ${slice(sql`l.id`)}
      and (${published} or ${outcome} or x.reserved > 0 or x.collected > 0)
    ${range === null ? sql`` : sql`order by l.id`}`;
}
