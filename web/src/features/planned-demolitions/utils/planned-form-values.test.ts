import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { initialPlannedValues, toPlannedBody, toPlannedChanges, validatePlanned, type PlannedFormValues } from './planned-form-values';

const t = ((key: string) => key) as unknown as TFunction;

const filled: PlannedFormValues = {
  ...initialPlannedValues(),
  address: 'Storegade 1, 3700 Rønne',
  buildingUse: 'single_family',
  constructionType: 'brick',
  constructionYear: '1910',
  floorAreaM2: '132,5',
  expectedYear: '2030',
};

describe('the planned-demolition form', () => {
  it('accepts an address that ends with its postcode, and a decimal comma', () => {
    expect(validatePlanned(filled, t)).toEqual({});
    expect(toPlannedBody(filled)).toMatchObject({ address: 'Storegade 1, 3700 Rønne', postcode: null, floorAreaM2: '132,5', constructionYear: 1910, expectedYear: 2030 });
  });

  it('asks for a place, the choices and the floor area all at once', () => {
    const errors = validatePlanned(initialPlannedValues(), t);
    expect(Object.keys(errors).sort()).toEqual(['buildingUse', 'constructionType', 'floorAreaM2', 'postcode']);
    expect(errors.postcode).toBe('planned.errors.postcode');
  });

  it('says what a year must be', () => {
    expect(validatePlanned({ ...filled, constructionYear: '19x0', expectedYear: '1990' }, t)).toEqual({
      constructionYear: 'planned.errors.constructionYear',
      expectedYear: 'planned.errors.expectedYear',
    });
  });

  it('sends a planner’s change without a municipality', () => {
    expect(toPlannedChanges(filled)).not.toHaveProperty('municipalityCode');
    expect(toPlannedChanges({ ...filled, municipalityCode: '0400' })).toHaveProperty('municipalityCode', '0400');
  });
});
