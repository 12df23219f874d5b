import { createProjectBodySchema, type BuildingUse, type CreateProjectBody, type Project } from '@byg360/shared';
import type { TFunction } from 'i18next';
import { describeApiError, schemaErrors, type ApiErrorDisplay, type FieldErrors } from '../../../lib/form-errors';

export interface LatLon {
  lat: number;
  lon: number;
}

/** What the project form edits; paths match the request body except `location` (lat + lon). */
export interface ProjectFormValues {
  title: string;
  address: string;
  postcode: string;
  city: string;
  municipalityCode: string | null;
  location: LatLon | null;
  buildingUse: BuildingUse | null;
  constructionYear: string;
  floorAreaM2: string;
  harvestFrom: string;
  harvestTo: string;
  description: string;
  screening: {
    done: boolean;
    date: string;
    reportRef: string;
    findings: { asbestos: boolean; pcb: boolean; lead: boolean; other: string };
  };
}

export const PROJECT_CHOICE_FIELDS = ['municipalityCode', 'buildingUse'] as const;

export const PROJECT_FIELDS = [
  'title',
  'address',
  'postcode',
  'city',
  'location',
  'constructionYear',
  'floorAreaM2',
  'harvestFrom',
  'harvestTo',
  'description',
  'screening.date',
  'screening.reportRef',
  'screening.findings.other',
  ...PROJECT_CHOICE_FIELDS,
] as const;

export function initialProjectValues(municipalityCode: string | null): ProjectFormValues {
  return {
    title: '',
    address: '',
    postcode: '',
    city: '',
    municipalityCode,
    location: null,
    buildingUse: null,
    constructionYear: '',
    floorAreaM2: '',
    harvestFrom: '',
    harvestTo: '',
    description: '',
    screening: { done: false, date: '', reportRef: '', findings: { asbestos: false, pcb: false, lead: false, other: '' } },
  };
}

export function projectValuesOf(project: Project): ProjectFormValues {
  const { screening } = project;
  return {
    title: project.title,
    address: project.address,
    postcode: project.postcode,
    city: project.city ?? '',
    municipalityCode: project.municipalityCode,
    location: { lat: project.lat, lon: project.lon },
    buildingUse: project.buildingUse,
    constructionYear: project.constructionYear === null ? '' : String(project.constructionYear),
    floorAreaM2: project.floorAreaM2 === null ? '' : project.floorAreaM2.replace(/\.0$/, '').replace('.', ','),
    harvestFrom: project.harvestFrom ?? '',
    harvestTo: project.harvestTo ?? '',
    description: project.description ?? '',
    screening: {
      done: screening.done,
      date: screening.date ?? '',
      reportRef: screening.reportRef ?? '',
      findings: { ...screening.findings, other: screening.findings.other ?? '' },
    },
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toProjectBody(values: ProjectFormValues): CreateProjectBody {
  const year = values.constructionYear.trim();
  const { screening } = values;
  return {
    title: values.title,
    address: values.address,
    postcode: values.postcode.trim(),
    city: orNull(values.city),
    municipalityCode: values.municipalityCode as string,
    // Without a point the server places the project at its postcode's town.
    lat: values.location?.lat ?? null,
    lon: values.location?.lon ?? null,
    buildingUse: values.buildingUse as BuildingUse,
    constructionYear: year === '' ? null : /^\d+$/.test(year) ? Number(year) : Number.NaN,
    floorAreaM2: orNull(values.floorAreaM2),
    harvestFrom: orNull(values.harvestFrom),
    harvestTo: orNull(values.harvestTo),
    description: orNull(values.description),
    screening: screening.done
      ? {
          done: true,
          date: orNull(screening.date),
          reportRef: orNull(screening.reportRef),
          findings: { ...screening.findings, other: orNull(screening.findings.other) },
        }
      : { done: false, date: null, reportRef: null, findings: { asbestos: false, pcb: false, lead: false, other: null } },
  };
}

/** The shared schema's checks, with messages that say what to type for the fields where "invalid" says too little. */
export function validateProject(values: ProjectFormValues, t: TFunction): FieldErrors {
  const errors = relocate(schemaErrors(createProjectBodySchema, toProjectBody(values), t, { choiceFields: PROJECT_CHOICE_FIELDS }));
  if (errors.postcode && values.postcode.trim() !== '') errors.postcode = t('projects.errors.postcode');
  if (errors.constructionYear) errors.constructionYear = t('projects.errors.year', { max: new Date().getFullYear() });
  if (errors.floorAreaM2) errors.floorAreaM2 = t('projects.errors.floorArea');
  // The schema's cross-field rules only run once every field is valid; these say it at once.
  if (values.harvestFrom && values.harvestTo && values.harvestFrom > values.harvestTo) errors.harvestTo = t('projects.errors.harvestOrder');
  if (values.screening.done && values.screening.date === '') errors['screening.date'] = t('projects.errors.screeningDate');
  return errors;
}

/** lat/lon errors belong to the map. */
function relocate(errors: FieldErrors): FieldErrors {
  const { lat, lon, ...rest } = errors;
  const location = lat ?? lon;
  return location ? { ...rest, location } : rest;
}

export function describeProjectError(error: unknown, t: TFunction): ApiErrorDisplay {
  const fields = error && typeof error === 'object' && 'fields' in error ? (error.fields as { path: string; message: string }[]) : [];
  const display = describeApiError(error, t, { fields: [...PROJECT_FIELDS, 'lat', 'lon'] });
  display.fieldErrors = relocate(display.fieldErrors);
  for (const field of fields) {
    if (field.path === 'lat' || field.path === 'lon') display.fieldErrors.location = t('projects.errors.placeOnMap');
    if (field.path === 'municipalityCode') display.fieldErrors.municipalityCode = t('errors.unknownMunicipality');
    if (field.path === 'harvestTo') display.fieldErrors.harvestTo = t('projects.errors.harvestOrder');
    if (field.path === 'status') display.formError = t('projects.errors.statusConflict');
  }
  return display;
}
