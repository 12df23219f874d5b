import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { Db } from './client.ts';

/**
 * A query's rows as CSV, written by PostgreSQL's COPY: quoting is done by the database as it
 * produces the rows, so the server only passes bytes on. On PostgreSQL the rows stream from
 * COPY … TO STDOUT as they are produced; PGlite returns the whole result at once (COPY … TO
 * '/dev/blob'), so its callers ask for it in slices (see `copyStreams`).
 */

const dialect = new PgDialect({ casing: 'snake_case' });

/** Whether COPY streams its rows (PostgreSQL) rather than returning them whole (PGlite). */
export const copyStreams = (db: Db): boolean => clientOf(db) instanceof pg.Pool;

function clientOf(db: Db): pg.Pool | PGlite {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool || client instanceof PGlite) return client;
  throw new Error('copyCsv needs a pg.Pool or PGlite database handle');
}

/**
 * COPY takes no bind parameters, so the values are written into the statement as literals, by
 * drizzle's own escaping (standard_conforming_strings, on by default since PostgreSQL 9.1).
 */
function copyStatement(query: SQL, target: string, delimiter: ',' | ';'): string {
  const { sql: text } = dialect.sqlToQuery(query.inlineParams());
  return `COPY (${text}) TO ${target} WITH (FORMAT csv, DELIMITER '${delimiter}')`;
}

/** The rows of `query` as CSV chunks (UTF-8, LF line ends, null as an empty field). */
export async function* copyCsv(db: Db, query: SQL, delimiter: ',' | ';'): AsyncGenerator<Buffer> {
  const client = clientOf(db);
  if (client instanceof PGlite) {
    const { blob } = await client.query(copyStatement(query, `'/dev/blob'`, delimiter));
    if (blob && blob.size > 0) yield Buffer.from(await blob.arrayBuffer());
    return;
  }
  const connection = await client.connect();
  let finished = false;
  try {
    const rows = connection.query(copyTo(copyStatement(query, 'STDOUT', delimiter)));
    for await (const chunk of rows as AsyncIterable<Buffer>) yield chunk;
    finished = true;
  } finally {
    // A COPY left half read (the reader went away, or it failed) leaves the connection mid-protocol:
    // it is closed rather than returned to the pool, which also makes PostgreSQL stop the query.
    connection.release(finished ? undefined : true);
  }
}

/**
 * CSV line ends as CRLF (RFC 4180) where COPY writes LF, leaving line breaks inside quoted fields
 * as they are. Stateful across chunks: one per file.
 */
export function crlfLineEnds(): (chunk: Buffer) => Buffer {
  let quoted = false;
  return (chunk) => {
    const startQuoted = quoted;
    let breaks = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) breaks++;
    }
    if (breaks === 0) return chunk;
    const out = Buffer.allocUnsafe(chunk.length + breaks);
    let inQuotes = startQuoted;
    let from = 0;
    let o = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 34) inQuotes = !inQuotes;
      else if (c === 10 && !inQuotes) {
        o += chunk.copy(out, o, from, i);
        out[o++] = 13;
        from = i; // the LF itself is copied with the next run
      }
    }
    chunk.copy(out, o, from);
    return out;
  };
}
