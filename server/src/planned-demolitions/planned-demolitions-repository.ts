import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { BuildingUse, ConstructionType } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { plannedDemolitions } from '../db/schema/index.ts';

type Conn = Db | Tx;

export type PlannedDemolitionRow = typeof plannedDemolitions.$inferSelect;
export type PlannedDemolitionInsert = typeof plannedDemolitions.$inferInsert;

/**
 * The archetype for a building, as SQL for a LATERAL join on `pd` (any relation with
 * building_use, construction_type and construction_year). Among the archetypes whose uses and
 * construction types include the building's, it takes the one whose year range holds the
 * construction year; otherwise the one whose range is nearest to it; for an unknown year, the
 * oldest (lowest year_from, then lowest year_to). Ties go to the archetype key, so the choice is
 * deterministic. The one rule for the estimates shown, imported and reported.
 */
export function archetypeChoice(pd: SQL): SQL {
  return sql`(
    select mi.archetype,
      case
        when ${pd}.construction_year is null then 'nearest-era'
        when ${distance(pd)} = 0 then 'exact'
        else 'nearest-era'
      end as match
    from material_intensities mi
    where ${pd}.building_use = any(mi.building_uses) and ${pd}.construction_type = any(mi.construction_types)
    group by mi.archetype
    order by ${distance(pd)}, min(mi.year_from) asc nulls first, max(mi.year_to) asc nulls last, mi.archetype
    limit 1
  )`;
}

/**
 * The planned demolitions matching `where` (on the alias pd) with their archetype column (null
 * when none fits), the choice being made once per kind of building (use, construction, year)
 * rather than once per building. A relation for FROM.
 */
export function plannedDemolitionsWithArchetype(where: SQL): SQL {
  return sql`(
    with kinds as (
      select distinct pd.building_use, pd.construction_type, pd.construction_year from planned_demolitions pd where ${where}
    ), choices as materialized (
      select k.building_use, k.construction_type, coalesce(k.construction_year, -1) as year_key, a.archetype
      from kinds k left join lateral ${archetypeChoice(sql`k`)} a on true
    )
    select pd.*, ch.archetype
    from planned_demolitions pd
    join choices ch on ch.building_use = pd.building_use and ch.construction_type = pd.construction_type and ch.year_key = coalesce(pd.construction_year, -1)
    where ${where}
  )`;
}

/** Years between the construction year and an archetype's range (0 inside it, or when unknown). */
function distance(pd: SQL): SQL {
  return sql`(case
    when ${pd}.construction_year is null then 0
    when ${pd}.construction_year < min(mi.year_from) then min(mi.year_from) - ${pd}.construction_year
    when ${pd}.construction_year > max(mi.year_to) then ${pd}.construction_year - max(mi.year_to)
    else 0
  end)`;
}

export type EstimateItemRow = {
  key: string;
  archetype: string | null;
  match: 'exact' | 'nearest-era' | null;
  intensity_id: string | null;
  category_id: string | null;
  category_slug: string | null;
  name_da: string | null;
  name_en: string | null;
  default_unit: string | null;
  kg_per_m2: string | null;
  kg: string | null;
  quantity: string | null;
  co2e_kg: string | null;
  source: string | null;
  sort_order: number | null;
};

/**
 * The estimate items (one per intensity row of the chosen archetype) for buildings given as a
 * relation `pd` with a text `key` column: kg = floor area × kg/m², exact; the quantity in the
 * category's default unit rounded to 3 decimals; CO2e by the category's factor. A building
 * without an archetype gives one row with nulls.
 */
function estimateQuery(pd: SQL): SQL {
  return sql`
    select pd.key, a.archetype, a.match, mi.id as intensity_id, c.id as category_id, c.slug as category_slug,
      c.name_da, c.name_en, c.default_unit::text as default_unit, mi.kg_per_m2::text,
      (pd.floor_area_m2 * mi.kg_per_m2)::text as kg,
      (case
        when c.default_unit = 'kg' then pd.floor_area_m2 * mi.kg_per_m2
        when c.default_unit = 't' then pd.floor_area_m2 * mi.kg_per_m2 * 0.001
        when c.kg_per_unit > 0 then round(pd.floor_area_m2 * mi.kg_per_m2 / c.kg_per_unit, 3)
      end)::text as quantity,
      (pd.floor_area_m2 * mi.kg_per_m2 * c.co2e_kg_per_kg)::text as co2e_kg,
      mi.source, c.sort_order
    from ${pd}
    left join lateral ${archetypeChoice(sql`pd`)} a on true
    left join material_intensities mi on mi.archetype = a.archetype
    left join material_categories c on c.id = mi.category_id
    order by pd.key, c.sort_order`;
}

export async function estimateItemsOf(db: Conn, ids: string[]): Promise<EstimateItemRow[]> {
  if (ids.length === 0) return [];
  const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const pd = sql`(select id::text as key, building_use, construction_type, construction_year, floor_area_m2 from planned_demolitions where id in (${list})) pd`;
  return (await db.execute<EstimateItemRow>(estimateQuery(pd))).rows;
}

export interface BuildingForEstimate {
  key: string;
  buildingUse: BuildingUse;
  constructionType: ConstructionType;
  constructionYear: number | null;
  floorAreaM2: string;
}

/** Estimates for buildings not stored (yet), e.g. the rows of an import's dry run. */
export async function estimateItemsForBuildings(db: Conn, buildings: BuildingForEstimate[]): Promise<EstimateItemRow[]> {
  const rows: EstimateItemRow[] = [];
  for (let i = 0; i < buildings.length; i += 2000) {
    const values = sql.join(
      buildings
        .slice(i, i + 2000)
        .map((b) => sql`(${b.key}, ${b.buildingUse}::building_use, ${b.constructionType}::construction_type, ${b.constructionYear}::int, ${b.floorAreaM2}::numeric)`),
      sql`, `,
    );
    const pd = sql`(values ${values}) as pd(key, building_use, construction_type, construction_year, floor_area_m2)`;
    rows.push(...(await db.execute<EstimateItemRow>(estimateQuery(pd))).rows);
  }
  return rows;
}

export interface PlannedDemolitionFilter {
  municipalityCode?: string | undefined;
  postcode?: string | undefined;
  expectedFrom?: number | undefined;
  expectedTo?: number | undefined;
}

export async function listPlannedDemolitionRows(db: Conn, filter: PlannedDemolitionFilter): Promise<PlannedDemolitionRow[]> {
  const where: (SQL | undefined)[] = [
    filter.municipalityCode ? eq(plannedDemolitions.municipalityCode, filter.municipalityCode) : undefined,
    filter.postcode ? eq(plannedDemolitions.postcode, filter.postcode) : undefined,
    filter.expectedFrom !== undefined ? gte(plannedDemolitions.expectedYear, filter.expectedFrom) : undefined,
    filter.expectedTo !== undefined ? lte(plannedDemolitions.expectedYear, filter.expectedTo) : undefined,
  ];
  return db
    .select()
    .from(plannedDemolitions)
    .where(and(...where))
    .orderBy(asc(plannedDemolitions.expectedYear), asc(plannedDemolitions.postcode), asc(plannedDemolitions.createdAt), asc(plannedDemolitions.id));
}

export async function findPlannedDemolitionRow(db: Conn, id: string): Promise<PlannedDemolitionRow | null> {
  const [row] = await db.select().from(plannedDemolitions).where(eq(plannedDemolitions.id, id));
  return row ?? null;
}

export async function insertPlannedDemolitions(db: Conn, values: PlannedDemolitionInsert[]): Promise<string[]> {
  if (values.length === 0) return [];
  return (await db.insert(plannedDemolitions).values(values).returning({ id: plannedDemolitions.id })).map((r) => r.id);
}

export async function updatePlannedDemolition(db: Conn, id: string, values: Partial<PlannedDemolitionInsert>): Promise<boolean> {
  const rows = await db
    .update(plannedDemolitions)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(plannedDemolitions.id, id))
    .returning({ id: plannedDemolitions.id });
  return rows.length > 0;
}

export async function deletePlannedDemolitions(db: Conn, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return (await db.delete(plannedDemolitions).where(inArray(plannedDemolitions.id, ids)).returning({ id: plannedDemolitions.id })).length;
}
