import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { textArray, type TextMatch } from './search-sql.ts';
import { toFtsQuery, type FtsQuery } from './text-query.ts';

const CACHE_SIZE = 5000;
/** Corrections are words at least this similar to the word typed (pg_trgm word similarity): "tgsten" ~ "tagsten" is 0.57. */
export const CORRECTION_SIMILARITY = 0.5;
/** Corrections per word typed, most similar first. */
const MAX_CORRECTIONS = 5;
/** Shorter words are not corrected: two letters are similar to too much. */
const MIN_CORRECTED_LENGTH = 3;

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

/**
 * For each word typed, the words of the vocabulary (search_words) most like it, found through the
 * trigram index in nearest-first order. Words with a letter that the query syntax would read
 * are left out.
 */
export async function corrections(db: Db | Tx, words: string[]): Promise<string[][]> {
  if (words.length === 0) return [];
  const { rows } = await db.execute<{ i: number; words: string[] }>(sql`
    SELECT q.i::int AS i, coalesce(array_agg(c.word ORDER BY c.distance, c.word) FILTER (WHERE c.word IS NOT NULL), '{}') AS words
    FROM unnest(${textArray(words)}::text[]) WITH ORDINALITY AS q(word, i)
    LEFT JOIN LATERAL (
      SELECT v.word, q.word <<-> v.word AS distance FROM search_words v
      WHERE length(q.word) >= ${MIN_CORRECTED_LENGTH}
      ORDER BY q.word <<-> v.word
      LIMIT ${MAX_CORRECTIONS}
    ) c ON c.distance <= ${1 - CORRECTION_SIMILARITY}
    GROUP BY q.i
    ORDER BY q.i`);
  const byIndex = new Map(rows.map((r) => [Number(r.i), r.words]));
  return words.map((_, i) => (byIndex.get(i + 1) ?? []).filter((w) => /^[\p{L}\p{N}]+$/u.test(w)));
}

export interface TextPlan {
  /** What q is matched with first; null without q (or with stop words only). */
  primary: TextMatch | null;
  /** What to try when the first finds nothing: every word or one of its corrections (misspellings). */
  fallback(): Promise<TextMatch | null>;
}

const noFallback = async () => null;

export async function planText(db: Db | Tx, q: string | undefined): Promise<TextPlan> {
  const fts = toFtsQuery(q);
  if (!fts) return { primary: null, fallback: noFallback };
  const tsquery = await tsqueryText(db, fts);
  const corrected = async (): Promise<TextMatch | null> => {
    const found = await corrections(db, fts.words);
    if (found.every((c) => c.length === 0)) return null;
    const groups = fts.groups.map((group, i) => [group, ...found[i]!].join('|'));
    const text = await tsqueryText(db, { ...fts, groups });
    return text && text !== tsquery ? { tsquery: text } : null;
  };
  // Stop words only: the corrections may still mean something ("oog" → "oogsten" is no stop word).
  return tsquery ? { primary: { tsquery }, fallback: corrected } : { primary: await corrected(), fallback: noFallback };
}
