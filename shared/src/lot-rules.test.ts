import { describe, expect, it } from 'vitest';
import { lotRuleProblems, type LotRuleCategory } from './lot-rules.ts';
import { createLotBodySchema } from './lots.ts';
import { problemOfIssue } from './problems.ts';

const bricks: LotRuleCategory = { nameDa: 'Mursten', nameEn: 'Bricks', allowedUnits: ['pcs', 'kg', 't'] };
const window = { harvestFrom: '2026-05-01', harvestTo: '2026-06-30' };
const lot = (overrides: Partial<{ unit: string; availableFrom: string | null; pickUpBy: string | null }> = {}) => ({
  unit: 'pcs',
  availableFrom: null,
  pickUpBy: null,
  ...overrides,
});

describe('lotRuleProblems', () => {
  it('finds nothing wrong with a lot in a unit of its category, within the harvest window', () => {
    expect(lotRuleProblems(lot({ availableFrom: '2026-05-01', pickUpBy: '2026-06-30' }), bricks, window)).toEqual([]);
    expect(lotRuleProblems(lot({ availableFrom: '2020-01-01' }), bricks, { harvestFrom: null, harvestTo: null })).toEqual([]);
  });

  it('names the category (in both languages) and its units when the unit is not one of them', () => {
    expect(lotRuleProblems(lot({ unit: 'm3' }), bricks, window)).toEqual([
      {
        path: 'unit',
        code: 'unit.not_allowed',
        params: { category: { da: 'Mursten', en: 'Bricks' }, units: ['pcs', 'kg', 't'] },
        message: 'Bricks is listed in pcs, kg, t',
      },
    ]);
  });

  it('refuses a category that does not exist', () => {
    expect(lotRuleProblems(lot(), null, window)).toEqual([{ path: 'categoryId', code: 'category.not_found', params: {}, message: 'Unknown category' }]);
  });

  it('names the edge of the harvest window a date falls outside of', () => {
    expect(lotRuleProblems(lot({ availableFrom: '2026-04-30' }), bricks, window)).toEqual([
      { path: 'availableFrom', code: 'date.before_harvest', params: { date: '2026-05-01' }, message: 'Must be within the harvest window (from 2026-05-01)' },
    ]);
    expect(lotRuleProblems(lot({ availableFrom: '2026-07-01', pickUpBy: '2026-07-02' }), bricks, window)).toEqual([
      { path: 'pickUpBy', code: 'date.after_harvest', params: { date: '2026-06-30' }, message: 'Must be within the harvest window (until 2026-06-30)' },
      { path: 'availableFrom', code: 'date.after_harvest', params: { date: '2026-06-30' }, message: 'Must be within the harvest window (until 2026-06-30)' },
    ]);
  });
});

describe('the lot schema’s own rule on dates', () => {
  it('says that pick-up-by comes before available-from with a code', () => {
    const result = createLotBodySchema.safeParse({
      categoryId: '00000000-0000-4000-8000-000000000000',
      title: 'Gule mursten',
      quantity: '10',
      unit: 'pcs',
      condition: 'B',
      availableFrom: '2026-06-01',
      pickUpBy: '2026-05-01',
    });
    expect(result.error?.issues.map((issue) => ({ path: issue.path, ...problemOfIssue(issue) }))).toEqual([
      { path: ['pickUpBy'], code: 'date.order', params: {}, message: 'Pick-up-by must be on or after available-from' },
    ]);
  });
});
