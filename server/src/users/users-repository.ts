import { eq, sql } from 'drizzle-orm';
import type { User } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { organisations, users } from '../db/schema/index.ts';
import { toOrganisation } from '../organisations/organisations-repository.ts';

type Conn = Db | Tx;

const userColumns = { user: users, organisation: organisations };

export async function findUserById(db: Conn, id: string): Promise<User | null> {
  const [row] = await db.select(userColumns).from(users).leftJoin(organisations, eq(organisations.id, users.organisationId)).where(eq(users.id, id));
  return row ? toUser(row.user, row.organisation) : null;
}

export async function findCredentialsByEmail(db: Conn, email: string) {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row ?? null;
}

export async function insertUser(db: Conn, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

export async function updateUser(db: Conn, id: string, values: Partial<Pick<typeof users.$inferInsert, 'name' | 'phone' | 'locale' | 'membershipApproved'>>) {
  // An update that changes nothing (an empty PATCH) is no error; SQL has no empty SET.
  if (Object.values(values).every((v) => v === undefined)) {
    const [found] = await db.select({ id: users.id }).from(users).where(eq(users.id, id));
    return found?.id ?? null;
  }
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning({ id: users.id });
  return row?.id ?? null;
}

export function toUser(user: typeof users.$inferSelect, organisation: typeof organisations.$inferSelect | null): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    locale: user.locale,
    organisation: organisation ? toOrganisation(organisation) : null,
    membershipApproved: user.membershipApproved,
    createdAt: user.createdAt.toISOString(),
  };
}
