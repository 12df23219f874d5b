import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { textArray, type TextMatch } from './search-sql.ts';
import { fuzzyText, toFtsQuery, type FtsQuery } from './text-query.ts';

/** Trigram matching needs a few letters to mean anything. */
const MIN_FUZZY_LENGTH = 3;
const CACHE_SIZE = 5000;

/** Stemmed queries by their words: the same words always give the same tsquery, and people search the same words. */
const tsqueries = new Map<string, string>();

/**
 * The tsquery of the words, stemmed by PostgreSQL's Danish dictionary (search_tsquery). Computed
 * in its own small query and cached, so that the search statement carries it as a constant: the
 * planner then estimates it, and does not run the stemming for every place it appears.
 */
export async function tsqueryText(db: Db | Tx, q: FtsQuery): Promise<string> {
  const key = `${q.prefixLast ? '*' : ''}${q.groups.join(' ')}`;
  const cached = tsqueries.get(key);
  if (cached !== undefined) return cached;
  const { rows } = await db.execute<{ q: string }>(sql`SELECT search_tsquery(${textArray(q.groups)}::text[], ${q.prefixLast})::text AS q`);
  const text = rows[0]?.q ?? '';
  if (tsqueries.size >= CACHE_SIZE) tsqueries.delete(tsqueries.keys().next().value!);
  tsqueries.set(key, text);
  return text;
}

export interface TextPlan {
  /** What q is matched with first; null without q (or with stop words only). */
  primary: TextMatch | null;
  /** What to try when the first finds nothing (misspellings). */
  fallback: TextMatch | null;
}

export async function planText(db: Db | Tx, q: string | undefined): Promise<TextPlan> {
  const fts = toFtsQuery(q);
  if (!fts) return { primary: null, fallback: null };
  const tsquery = await tsqueryText(db, fts);
  const text = fuzzyText(q);
  const fuzzy: TextMatch | null = text.length >= MIN_FUZZY_LENGTH ? { mode: 'fuzzy', text } : null;
  return tsquery ? { primary: { mode: 'fts', tsquery }, fallback: fuzzy } : { primary: fuzzy, fallback: null };
}
