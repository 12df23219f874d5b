import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database, Db, DbKind } from '../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbKind: DbKind;
  }
}

/** Exposes an already opened and migrated database; whoever opened it closes it. */
export default fp(
  async function db(app: FastifyInstance, opts: { database: Database }) {
    app.decorate('db', opts.database.db);
    app.decorate('dbKind', opts.database.kind);
  },
  { name: 'db' },
);
