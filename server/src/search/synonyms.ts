/**
 * Words that mean the same material to the people who list and search (groups of equivalents).
 * Meilisearch gets them as its synonyms setting; the PostgreSQL engine expands a query word into
 * its group. Singular and plural forms are listed for Meilisearch, which does not stem.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['mursten', 'tegl', 'teglsten', 'bygningssten'],
  ['tagsten', 'tegltagsten', 'tagtegl'],
  ['bjælke', 'bjælker'],
  ['spær', 'spærtræ'],
  ['planke', 'planker'],
  ['gulvbrædder', 'gulvplanker', 'plankegulv'],
  ['vindue', 'vinduer'],
  ['dør', 'døre'],
  ['radiator', 'radiatorer'],
  ['brosten', 'chaussesten', 'chaussésten'],
  ['klinker', 'klinke'],
  ['termorude', 'termoruder'],
  ['gips', 'gipsplader', 'gipsplade'],
  ['træ', 'tømmer'],
  ['skifer', 'skiferplader'],
  ['fliser', 'flise'],
];

/** Meilisearch's form: every word maps to the others of its group. */
export function meiliSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of synonymGroups) for (const word of group) out[word] = group.filter((w) => w !== word);
  return out;
}

const groupOf = new Map<string, readonly string[]>(synonymGroups.flatMap((g) => g.map((w) => [w, g] as const)));

export const synonymsOf = (word: string): readonly string[] => groupOf.get(word) ?? [word];
