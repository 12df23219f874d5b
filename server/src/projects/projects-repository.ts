import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { lots, organisations, projects } from '../db/schema/index.ts';
import { lotKgExpr } from '../lots/lot-mass.ts';

type Conn = Db | Tx;

const lotCount = (status: 'draft' | 'published' | 'closed') =>
  sql<number>`(select count(*)::int from ${lots} where ${lots.projectId} = ${projects.id} and ${lots.deletedAt} is null and ${lots.status} = ${status})`;

/** Reused kg over all kg with a recorded outcome, by the categories' mass factors. */
const reuseRate = sql<string | null>`(
  select case when sum(k.outcome_kg) > 0 then (sum(k.reused_kg) / sum(k.outcome_kg))::text end
  from (
    select ${lotKgExpr(sql`l.outcome_reused`, sql`l`, sql`c`)} as reused_kg,
           ${lotKgExpr(sql`(l.outcome_reused + l.outcome_recycled + l.outcome_disposed)`, sql`l`, sql`c`)} as outcome_kg
    from lots l join material_categories c on c.id = l.category_id
    where l.project_id = ${projects.id} and l.deleted_at is null and l.outcome_recorded_at is not null
  ) k
)`;

const projectColumns = {
  project: projects,
  organisation: { id: organisations.id, name: organisations.name, kind: organisations.kind, verified: organisations.verified },
  draft: lotCount('draft'),
  published: lotCount('published'),
  closed: lotCount('closed'),
  reuseRate,
};

export type ProjectRow = Awaited<ReturnType<typeof findProjectRow>> & {};

export async function findProjectRow(db: Conn, id: string) {
  const [row] = await db.select(projectColumns).from(projects).innerJoin(organisations, eq(organisations.id, projects.organisationId)).where(eq(projects.id, id));
  return row ?? null;
}

export async function listProjectRows(db: Conn, where: SQL | undefined) {
  return db
    .select(projectColumns)
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId))
    .where(where)
    .orderBy(desc(projects.updatedAt));
}

export async function insertProject(db: Conn, values: typeof projects.$inferInsert) {
  const [row] = await db.insert(projects).values(values).returning({ id: projects.id });
  return row!.id;
}

export async function updateProject(db: Conn, id: string, values: Partial<typeof projects.$inferInsert>) {
  await db.update(projects).set({ ...values, updatedAt: sql`now()` }).where(eq(projects.id, id));
}

/** Locks the project row for the rest of the transaction (status changes against lot changes). */
export async function lockProject(tx: Tx, id: string) {
  const [row] = await tx.select({ id: projects.id, status: projects.status }).from(projects).where(eq(projects.id, id)).for('update');
  return row ?? null;
}
