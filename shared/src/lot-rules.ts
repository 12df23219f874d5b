import type { Unit } from './categories.ts';
import type { Problem } from './problems.ts';

/** What the rules need to know of a lot's category. */
export interface LotRuleCategory {
  nameDa: string;
  nameEn: string;
  allowedUnits: readonly Unit[];
}

/** A broken lot rule: the field it concerns, and what is wrong as a code, params and English text. */
export interface LotRuleProblem extends Problem {
  path: 'categoryId' | 'unit' | 'availableFrom' | 'pickUpBy';
}

/**
 * The rules a lot must meet beyond its schema, whether it comes from the form or a spreadsheet: a unit
 * its category is listed in, and dates within its project's harvest window. `category` is null when
 * no category has the lot's id.
 */
export function lotRuleProblems(
  lot: { unit: string; availableFrom: string | null; pickUpBy: string | null },
  category: LotRuleCategory | null,
  project: { harvestFrom: string | null; harvestTo: string | null },
): LotRuleProblem[] {
  const problems: LotRuleProblem[] = [];
  const { harvestFrom, harvestTo } = project;
  if (!category) problems.push({ path: 'categoryId', code: 'category.not_found', params: {}, message: 'Unknown category' });
  else if (!(category.allowedUnits as readonly string[]).includes(lot.unit)) {
    problems.push({
      path: 'unit',
      code: 'unit.not_allowed',
      params: { category: { da: category.nameDa, en: category.nameEn }, units: [...category.allowedUnits] },
      message: `${category.nameEn} is listed in ${category.allowedUnits.join(', ')}`,
    });
  }
  if (lot.availableFrom && harvestFrom && lot.availableFrom < harvestFrom) {
    problems.push({ path: 'availableFrom', code: 'date.before_harvest', params: { date: harvestFrom }, message: `Must be within the harvest window (from ${harvestFrom})` });
  }
  if (lot.pickUpBy && harvestTo && lot.pickUpBy > harvestTo) {
    problems.push({ path: 'pickUpBy', code: 'date.after_harvest', params: { date: harvestTo }, message: `Must be within the harvest window (until ${harvestTo})` });
  }
  if (lot.availableFrom && harvestTo && lot.availableFrom > harvestTo) {
    problems.push({ path: 'availableFrom', code: 'date.after_harvest', params: { date: harvestTo }, message: `Must be within the harvest window (until ${harvestTo})` });
  }
  return problems;
}
