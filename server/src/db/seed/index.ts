import { sql } from 'drizzle-orm';
import type { Role } from '@byg360/shared';
import { hashPassword } from '../../auth/passwords.ts';
import type { Db, Tx } from '../client.ts';
import { materialCategories, municipalities as municipalitiesTable, organisations, users } from '../schema/index.ts';
import { categories } from './categories.ts';
import { demoOrganisations, demoUsers } from './demo.ts';
import { municipalities } from './municipalities.ts';

export interface SeedOptions {
  /** Also create the demo organisations and one user per role. */
  demo: boolean;
  demoPassword: string;
}

export interface SeedResult {
  seeded: boolean;
  demoUsers: { role: Role; email: string }[];
}

// Any fixed number: serialises concurrent seeders (several instances starting at once).
const SEED_LOCK = 400_2026;

/**
 * Seeds reference data (municipalities, categories) and, in demo mode, demo organisations and users.
 * Runs only on an empty database, so it never touches real data and running it twice changes nothing.
 */
export async function seedIfEmpty(db: Db, options: SeedOptions): Promise<SeedResult> {
  const passwordHashes = options.demo ? await Promise.all(demoUsers.map(() => hashPassword(options.demoPassword))) : [];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (!(await isEmpty(tx))) return { seeded: false, demoUsers: [] };

    await tx.insert(municipalitiesTable).values(municipalities);
    await insertCategories(tx);
    if (!options.demo) return { seeded: true, demoUsers: [] };

    const orgIds = new Map<string, string>();
    for (const { key, ...org } of demoOrganisations) {
      const [row] = await tx.insert(organisations).values({ ...org, verified: true, verifiedAt: new Date() }).returning({ id: organisations.id });
      orgIds.set(key, row!.id);
    }
    await tx.insert(users).values(
      demoUsers.map((u, i) => ({
        email: u.email,
        name: u.name,
        phone: u.phone,
        role: u.role,
        passwordHash: passwordHashes[i]!,
        organisationId: u.organisation ? orgIds.get(u.organisation)! : null,
        membershipApproved: u.organisation !== null,
      })),
    );
    return { seeded: true, demoUsers: demoUsers.map(({ role, email }) => ({ role, email })) };
  });
}

async function isEmpty(tx: Tx): Promise<boolean> {
  const { rows } = await tx.execute<{ has_data: boolean }>(
    sql`select exists(select 1 from ${municipalitiesTable}) or exists(select 1 from ${users}) or exists(select 1 from ${materialCategories}) as has_data`,
  );
  return rows[0]?.has_data === false;
}

async function insertCategories(tx: Tx) {
  const ids = new Map<string, string>();
  // Parents first, so that children can point at them.
  const ordered = [...categories.filter((c) => !c.parentSlug), ...categories.filter((c) => c.parentSlug)];
  for (const { parentSlug, ...category } of ordered) {
    const [row] = await tx
      .insert(materialCategories)
      .values({ ...category, parentId: parentSlug ? ids.get(parentSlug)! : null })
      .returning({ id: materialCategories.id });
    ids.set(category.slug, row!.id);
  }
}
