import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { lotCo2eExpr, lotKgExpr } from '../lots/lot-mass.ts';

/** Completed projects the caller may learn from: verified organisations' for everyone; in their scope also unverified ones (as canSeeAllOf). */
function visibleTo(actor: Actor | null): SQL {
  if (actor?.role === 'admin') return sql`true`;
  const alternatives = [sql`o.verified`];
  if (actor?.organisationId && actor.membershipApproved) alternatives.push(sql`p.organisation_id = ${actor.organisationId}`);
  if (actor?.role === 'planner' && actor.actsForOrganisation && actor.municipalityCode) alternatives.push(sql`p.municipality_code = ${actor.municipalityCode}`);
  return sql`(${sql.join(alternatives, sql` or `)})`;
}

export interface LearningCaseFilter {
  municipalityCode?: string | undefined;
  projectId?: string | undefined;
}

function where(actor: Actor | null, filter: LearningCaseFilter): SQL {
  return sql.join(
    [
      sql`p.status = 'completed'`,
      visibleTo(actor),
      filter.municipalityCode ? sql`p.municipality_code = ${filter.municipalityCode}` : sql`true`,
      filter.projectId ? sql`p.id = ${filter.projectId}::uuid` : sql`true`,
    ],
    sql` and `,
  );
}

export type LearningCaseProjectRow = {
  id: string;
  title: string;
  address: string;
  postcode: string;
  city: string | null;
  municipality_code: string;
  organisation_id: string;
  organisation_name: string;
  building_use: string;
  construction_year: number | null;
  floor_area_m2: string | null;
  completed_at: string | null;
};

export async function learningCaseProjects(db: Db, actor: Actor | null, filter: LearningCaseFilter): Promise<LearningCaseProjectRow[]> {
  const { rows } = await db.execute<LearningCaseProjectRow>(sql`
    select p.id, p.title, p.address, p.postcode, p.city, p.municipality_code, o.id as organisation_id, o.name as organisation_name,
      p.building_use::text as building_use, p.construction_year, p.floor_area_m2::text as floor_area_m2,
      to_char(p.completed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as completed_at
    from projects p join organisations o on o.id = p.organisation_id
    where ${where(actor, filter)}
    order by p.completed_at desc nulls last, p.title, p.id`);
  return rows;
}

export type LearningCaseCategoryRow = {
  project_id: string;
  category_id: string;
  unit_min: string | null;
  unit_max: string | null;
  harvested_q: string;
  reused_q: string;
  recycled_q: string;
  disposed_q: string;
  harvested_t: string;
  reused_t: string;
  recycled_t: string;
  disposed_t: string;
  reused_tco2e: string;
  without_mass: number;
};

/**
 * Per project and category: what was harvested (the quantity of its lots, drafts excluded) and
 * what became of it (recorded outcomes), in the lots' unit, in tonnes, and the CO2e avoided by
 * the reuse.
 */
export async function learningCaseCategories(db: Db, actor: Actor | null, filter: LearningCaseFilter): Promise<LearningCaseCategoryRow[]> {
  const kg = (q: string) => lotKgExpr(sql.raw(q), sql`l`, sql`c`);
  const t = (q: string) => sql`(coalesce(sum(${kg(q)}), 0) * 0.001)::text`;
  const { rows } = await db.execute<LearningCaseCategoryRow>(sql`
    select p.id as project_id, l.category_id, min(l.unit::text) as unit_min, max(l.unit::text) as unit_max,
      sum(l.quantity)::text as harvested_q,
      coalesce(sum(l.outcome_reused), 0)::text as reused_q,
      coalesce(sum(l.outcome_recycled), 0)::text as recycled_q,
      coalesce(sum(l.outcome_disposed), 0)::text as disposed_q,
      ${t('l.quantity')} as harvested_t, ${t('l.outcome_reused')} as reused_t, ${t('l.outcome_recycled')} as recycled_t, ${t('l.outcome_disposed')} as disposed_t,
      (coalesce(sum(${lotCo2eExpr(sql`l.outcome_reused`, sql`l`, sql`c`)}), 0) * 0.001)::text as reused_tco2e,
      count(*) filter (where ${kg('l.quantity')} is null)::int as without_mass
    from projects p
    join organisations o on o.id = p.organisation_id
    join lots l on l.project_id = p.id and l.deleted_at is null and l.status <> 'draft'
    join material_categories c on c.id = l.category_id
    where ${where(actor, filter)}
    group by p.id, l.category_id`);
  return rows;
}
