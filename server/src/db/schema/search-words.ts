import { index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Every word of the searchable titles and category names, lower case and unstemmed: the vocabulary
 * that a misspelled query word is corrected against ("murstne" → "mursten"), so that the correction
 * is found in a table of words rather than by comparing with every lot. Filled by a trigger on
 * lot_search (see the migration); words are not taken out again, as a stale word only corrects to
 * something that then finds nothing.
 */
export const searchWords = pgTable(
  'search_words',
  { word: text().primaryKey() },
  // GiST rather than GIN: it gives the most similar words first (`<<->`), without a threshold.
  (t) => [index('search_words_trgm_idx').using('gist', t.word.op('gist_trgm_ops'))],
);
