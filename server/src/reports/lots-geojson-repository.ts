import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { lotCo2eExpr, lotKgExpr } from '../lots/lot-mass.ts';

export interface LotFeatureFilter {
  municipalityCode?: string | undefined;
  postcode?: string | undefined;
  categoryIds?: string[] | undefined;
  status?: 'draft' | 'published' | 'closed' | undefined;
}

/**
 * The lots a caller may see, as SQL (the rule of canSeeLot): published and closed lots of verified
 * organisations for everyone; also drafts for the owning organisation's members, the
 * municipality's planners (who see everything located in their municipality) and administrators.
 */
function visibleTo(actor: Actor | null): SQL {
  if (actor?.role === 'admin') return sql`true`;
  const alternatives = [sql`(l.status <> 'draft' and o.verified)`];
  if (actor?.organisationId && actor.membershipApproved) alternatives.push(sql`p.organisation_id = ${actor.organisationId}`);
  if (actor?.role === 'planner' && actor.actsForOrganisation && actor.municipalityCode) alternatives.push(sql`p.municipality_code = ${actor.municipalityCode}`);
  return sql`(${sql.join(alternatives, sql` or `)})`;
}

export type LotFeatureRow = {
  id: string;
  title: string;
  status: string;
  category_slug: string;
  category_name_da: string;
  category_name_en: string;
  ewc_code: string | null;
  quantity: string;
  unit: string;
  estimated_kg: string | null;
  co2e_kg: string | null;
  condition: string;
  price_dkk: string;
  available_from: string | null;
  pick_up_by: string | null;
  published_at: string | null;
  project_id: string;
  project_title: string;
  postcode: string;
  city: string | null;
  municipality_code: string;
  organisation_name: string;
  lat: number;
  lon: number;
};

/** One page of visible lots ordered by id (keyset pagination: constant memory whatever the number of lots). */
export async function lotFeaturePage(db: Db, actor: Actor | null, filter: LotFeatureFilter, after: string | null, limit: number): Promise<LotFeatureRow[]> {
  const conditions = [
    sql`l.deleted_at is null`,
    visibleTo(actor),
    filter.municipalityCode ? sql`p.municipality_code = ${filter.municipalityCode}` : undefined,
    filter.postcode ? sql`p.postcode = ${filter.postcode}` : undefined,
    filter.status ? sql`l.status = ${filter.status}` : undefined,
    filter.categoryIds ? sql`l.category_id in (${sql.join(filter.categoryIds.map((id) => sql`${id}::uuid`), sql`, `)})` : undefined,
    after === null ? undefined : sql`l.id > ${after}::uuid`,
  ].filter((c): c is SQL => c !== undefined);
  const { rows } = await db.execute<LotFeatureRow>(sql`
    select l.id, l.title, l.status::text as status, c.slug as category_slug, c.name_da as category_name_da, c.name_en as category_name_en, c.ewc_code,
      l.quantity::text as quantity, l.unit::text as unit,
      round(${lotKgExpr(sql`l.quantity`, sql`l`, sql`c`)}, 3)::text as estimated_kg,
      round(${lotCo2eExpr(sql`l.quantity`, sql`l`, sql`c`)}, 3)::text as co2e_kg,
      l.condition::text as condition, l.price_dkk::text as price_dkk, l.available_from::text as available_from, l.pick_up_by::text as pick_up_by,
      to_char(l.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as published_at,
      p.id as project_id, p.title as project_title, p.postcode, p.city, p.municipality_code, o.name as organisation_name, p.lat, p.lon
    from lots l
    join projects p on p.id = l.project_id
    join organisations o on o.id = p.organisation_id
    join material_categories c on c.id = l.category_id
    where ${sql.join(conditions, sql` and `)}
    order by l.id
    limit ${limit}`);
  return rows;
}
