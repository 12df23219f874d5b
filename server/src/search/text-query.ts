import { synonymsOf } from './synonyms.ts';

const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;
/** Shorter last words are not treated as prefixes: "mu" would match half the catalogue. */
const MIN_PREFIX_LENGTH = 3;

/** The words of a query as the PostgreSQL engine searches them. */
export interface FtsQuery {
  /** The query words, lower case. */
  words: string[];
  /** One entry per query word: the word, then its synonyms, joined by "|" (letters and digits only). */
  groups: string[];
  /** The last word may be the beginning of a longer word (search as you type). */
  prefixLast: boolean;
}

/** Lower-case words of letters and digits; everything else separates words. */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, MAX_WORD_LENGTH))
    .slice(0, MAX_WORDS);
}

/** null when the query has no words (no text filter at all). */
export function toFtsQuery(q: string | undefined): FtsQuery | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  return {
    words,
    groups: words.map((w) => [w, ...synonymsOf(w).filter((s) => s !== w)].join('|')),
    prefixLast: words[words.length - 1]!.length >= MIN_PREFIX_LENGTH,
  };
}
