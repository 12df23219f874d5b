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

const CR = Buffer.from('\r');

/**
 * CSV line ends as CRLF (RFC 4180) where COPY writes LF, leaving line breaks inside quoted fields
 * as they are. Stateful across chunks: one per file. It jumps from quote to line end with
 * Buffer.indexOf (native) rather than looking at every byte in JavaScript.
 */
export function crlfLineEnds(): (chunk: Buffer) => Buffer {
  let quoted = false;
  return (chunk) => {
    const parts: Buffer[] = [];
    let from = 0;
    let at = 0;
    let quote = chunk.indexOf(34);
    for (;;) {
      if (quoted) {
        if (quote === -1) break;
        quoted = false;
        at = quote + 1;
        quote = chunk.indexOf(34, at);
        continue;
      }
      const lineEnd = chunk.indexOf(10, at);
      if (lineEnd === -1) {
        // No more line ends here: the quotes left only carry the state into the next chunk.
        for (; quote !== -1; quote = chunk.indexOf(34, quote + 1)) quoted = !quoted;
        break;
      }
      if (quote !== -1 && quote < lineEnd) {
        quoted = true;
        at = quote + 1;
        quote = chunk.indexOf(34, at);
        continue;
      }
      parts.push(chunk.subarray(from, lineEnd), CR);
      from = lineEnd; // the LF itself goes out with the next part
      at = lineEnd + 1;
    }
    if (parts.length === 0) return chunk;
    parts.push(chunk.subarray(from));
    return Buffer.concat(parts);
  };
}
