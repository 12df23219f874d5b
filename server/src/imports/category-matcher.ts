import type { Category, ImportLanguage } from '@byg360/shared';
import { fail, ok, type Parsed } from './cell-values.ts';
import { foldings, withoutRemarks } from './columns.ts';

const EWC = /^(\d{2})[\s.-]?(\d{2})[\s.-]?(\d{2})\s?(\*?)$/;

/**
 * Finds categories the way a spreadsheet names them: by slug, Danish or English name (also
 * "Murværk › Mursten", and without the remark in brackets), or by EWC code ("17 01 02",
 * "170102"). Names and codes of the second level win over the first; a code that several
 * categories share is refused with the candidates named, as guessing would file a lot wrongly.
 */
export function categoryMatcher(categories: Category[], language: ImportLanguage) {
  const byName = new Map<string, Category[]>();
  const byId = new Map(categories.map((c) => [c.id, c]));
  const add = (name: string, category: Category) => {
    for (const key of [...foldings(name), ...foldings(withoutRemarks(name))]) {
      const list = byName.get(key) ?? [];
      if (!list.includes(category)) list.push(category);
      byName.set(key, list);
    }
  };
  for (const c of categories) {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    for (const name of [c.slug, c.nameDa, c.nameEn]) add(name, c);
    if (parent) {
      add(`${parent.nameDa} ${c.nameDa}`, c);
      add(`${parent.nameEn} ${c.nameEn}`, c);
    }
  }
  const nameOf = (c: Category) => (language === 'da' ? c.nameDa : c.nameEn);
  const list = (cs: Category[]) => cs.map((c) => `${nameOf(c)} (${c.slug})`).join(', ');
  const named = (cs: Category[]) => cs.map((c) => ({ da: `${c.nameDa} (${c.slug})`, en: `${c.nameEn} (${c.slug})` }));

  /** Children before parents: the more precise category is the one meant. */
  const pick = (candidates: Category[]) => {
    const children = candidates.filter((c) => c.parentId !== null);
    return children.length ? children : candidates;
  };

  return (text: string): Parsed<Category> => {
    const ewc = EWC.exec(text.trim());
    if (ewc) {
      const code = `${ewc[1]} ${ewc[2]} ${ewc[3]}${ewc[4]}`;
      const candidates = pick(categories.filter((c) => c.ewcCode === code));
      if (candidates.length === 1) return ok(candidates[0]!);
      if (candidates.length === 0) return fail('category.ewc_unknown', { ewcCode: code }, `No category has the EWC code ${code}`);
      return fail(
        'category.ewc_ambiguous',
        { ewcCode: code, categories: named(candidates) },
        `EWC code ${code} fits several categories: ${list(candidates)}. Write the category’s name instead`,
      );
    }
    for (const key of foldings(text)) {
      const candidates = pick(byName.get(key) ?? []);
      if (candidates.length === 1) return ok(candidates[0]!);
      if (candidates.length > 1) return fail('category.ambiguous', { text, categories: named(candidates) }, `“${text}” fits several categories: ${list(candidates)}`);
    }
    return fail('category.unknown', { text }, `Unknown category “${text}”: use a name or slug from the category list, or an EWC code`);
  };
}
