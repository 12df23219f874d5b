import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { seedIfEmpty } from '../../src/db/seed/index.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const count = async (table: string) => {
  const { rows } = await database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
  return rows[0]!.n;
};

describe('migrations', () => {
  it('create every table and the extensions from an empty database', async () => {
    const { rows } = await database.db.execute<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`);
    expect(rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['material_categories', 'municipalities', 'organisations', 'rate_limits', 'refresh_tokens', 'users']));
    const ext = await database.db.execute<{ extname: string }>(sql`select extname from pg_extension`);
    expect(ext.rows.map((r) => r.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'cube', 'earthdistance']));
    const distance = await database.db.execute<{ km: number }>(sql`select round((earth_distance(ll_to_earth(55.100, 14.700), ll_to_earth(55.067, 15.150)) / 1000)::numeric, 1)::float as km`);
    // Rønne to Nexø, about 29 km as the crow flies.
    expect(distance.rows[0]!.km).toBeGreaterThan(27);
    expect(distance.rows[0]!.km).toBeLessThan(31);
    const similarity = await database.db.execute<{ s: number }>(sql`select similarity('mursten', 'murstne') as s`);
    expect(similarity.rows[0]!.s).toBeGreaterThan(0.3);
  });

  it('are idempotent: applying them again changes nothing', async () => {
    await database.migrate();
    const { rows } = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(rows[0]!.n).toBeGreaterThanOrEqual(2);
  });
});

describe('seeding', () => {
  it('seeds an empty database once; running it again, even concurrently, changes nothing', async () => {
    const first = await seedIfEmpty(database.db, { demo: true, demoPassword: 'a demo password' });
    expect(first.seeded).toBe(true);
    expect(first.demoUsers.map((u) => u.role).sort()).toEqual(['admin', 'citizen', 'contractor', 'maker', 'planner']);
    const before = { users: await count('users'), organisations: await count('organisations'), categories: await count('material_categories'), municipalities: await count('municipalities') };
    expect(before.municipalities).toBe(98);
    expect(before.users).toBe(5);
    expect(await count('projects')).toBe(3);

    const again = await Promise.all([
      seedIfEmpty(database.db, { demo: true, demoPassword: 'a demo password' }),
      seedIfEmpty(database.db, { demo: true, demoPassword: 'a demo password' }),
    ]);
    expect(again.map((r) => r.seeded)).toEqual([false, false]);
    const after = { users: await count('users'), organisations: await count('organisations'), categories: await count('material_categories'), municipalities: await count('municipalities') };
    expect(after).toEqual(before);
  });

  it('never seeds a database that already has data of its own', async () => {
    const other = await createTestDatabase();
    try {
      await other.db.execute(sql`insert into organisations (name, kind) values ('Eksisterende Nedrivning', 'contractor')`);
      const result = await seedIfEmpty(other.db, { demo: true, demoPassword: 'a demo password' });
      expect(result.seeded).toBe(false);
      const { rows } = await other.db.execute<{ n: number }>(sql`select count(*)::int as n from users`);
      expect(rows[0]!.n).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('creates no demo users in production mode', async () => {
    const other = await createTestDatabase();
    try {
      const result = await seedIfEmpty(other.db, { demo: false, demoPassword: 'unused' });
      expect(result).toEqual({ seeded: true, demoUsers: [] });
      const { rows } = await other.db.execute<{ n: number }>(sql`select count(*)::int as n from users`);
      expect(rows[0]!.n).toBe(0);
    } finally {
      await other.close();
    }
  });
});
