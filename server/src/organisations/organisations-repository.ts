import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { NewOrganisation, Organisation, OrganisationKind } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { municipalities, organisations } from '../db/schema/index.ts';

type Conn = Db | Tx;

export function toOrganisation(row: typeof organisations.$inferSelect): Organisation {
  return { id: row.id, name: row.name, kind: row.kind, municipalityCode: row.municipalityCode, verified: row.verified };
}

export async function findOrganisation(db: Conn, id: string): Promise<Organisation | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ? toOrganisation(row) : null;
}

export async function listOrganisations(db: Conn, filter: { kind?: OrganisationKind | undefined; verified?: boolean | undefined }) {
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(organisations.kind, filter.kind));
  if (filter.verified !== undefined) where.push(eq(organisations.verified, filter.verified));
  const rows = await db.select().from(organisations).where(and(...where)).orderBy(asc(organisations.name));
  return rows.map(toOrganisation);
}

export async function insertOrganisation(db: Conn, values: NewOrganisation): Promise<string> {
  const [row] = await db
    .insert(organisations)
    .values({ name: values.name, kind: values.kind, municipalityCode: values.municipalityCode, cvr: values.cvr })
    .returning({ id: organisations.id });
  return row!.id;
}

export async function setVerified(db: Conn, id: string): Promise<Organisation | null> {
  const [row] = await db.update(organisations).set({ verified: true, verifiedAt: new Date() }).where(eq(organisations.id, id)).returning();
  return row ? toOrganisation(row) : null;
}

export async function municipalityExists(db: Conn, code: string): Promise<boolean> {
  const [row] = await db.select({ code: municipalities.code }).from(municipalities).where(eq(municipalities.code, code));
  return Boolean(row);
}

export async function listMunicipalities(db: Conn) {
  return db.select().from(municipalities).orderBy(asc(municipalities.name));
}
