import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { initialProjectValues, toProjectBody, validateProject, type ProjectFormValues } from './project-form-values';

const t = ((key: string) => key) as unknown as TFunction;
const filled = (overrides: Partial<ProjectFormValues> = {}): ProjectFormValues => ({
  ...initialProjectValues('0400'),
  title: 'Selektiv nedrivning i Hasle',
  address: 'Storegade 41',
  postcode: '3790',
  buildingUse: 'single_family',
  ...overrides,
});

describe('project form values', () => {
  it('accepts a project without a map point: the server places it at the postcode', () => {
    expect(validateProject(filled(), t)).toEqual({});
    expect(toProjectBody(filled())).toMatchObject({ lat: null, lon: null, city: null, constructionYear: null });
  });

  it('sends the clicked point and the screening only when it was done', () => {
    const body = toProjectBody(
      filled({
        location: { lat: 55.18, lon: 14.71 },
        constructionYear: '1860',
        screening: { done: false, date: '2026-01-01', reportRef: 'x', findings: { asbestos: true, pcb: false, lead: false, other: '' } },
      }),
    );
    expect(body).toMatchObject({ lat: 55.18, lon: 14.71, constructionYear: 1860 });
    expect(body.screening).toEqual({ done: false, date: null, reportRef: null, findings: { asbestos: false, pcb: false, lead: false, other: null } });
  });

  it('explains a wrong postcode, year, floor area and harvest window', () => {
    const errors = validateProject(
      filled({ postcode: '37900', constructionYear: '19x0', floorAreaM2: '-5', harvestFrom: '2026-08-01', harvestTo: '2026-07-01' }),
      t,
    );
    expect(errors).toMatchObject({
      postcode: 'projects.errors.postcode',
      constructionYear: 'projects.errors.year',
      floorAreaM2: 'projects.errors.floorArea',
      harvestTo: 'projects.errors.harvestOrder',
    });
  });

  it('asks for the date of a screening that was done', () => {
    const values = filled();
    values.screening.done = true;
    expect(validateProject(values, t)['screening.date']).toBe('projects.errors.screeningDate');
  });
});
