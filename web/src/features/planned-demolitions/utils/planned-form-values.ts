import {
  createPlannedDemolitionBodySchema,
  postcodeInAddress,
  type BuildingUse,
  type ConstructionType,
  type CreatePlannedDemolitionBody,
  type PlannedDemolition,
  type UpdatePlannedDemolitionBody,
} from '@byg360/shared';
import type { TFunction } from 'i18next';
import { describeApiError, schemaErrors, type ApiErrorDisplay, type FieldErrors } from '../../../lib/form-errors';

/** What the form edits; paths match the request body. */
export interface PlannedFormValues {
  address: string;
  postcode: string;
  /** Administrators only; a planner always registers in their own municipality. */
  municipalityCode: string | null;
  buildingUse: BuildingUse | null;
  constructionType: ConstructionType | null;
  constructionYear: string;
  floorAreaM2: string;
  expectedYear: string;
  note: string;
}

export const PLANNED_CHOICE_FIELDS = ['buildingUse', 'constructionType', 'municipalityCode'] as const;
export const PLANNED_FIELDS = ['address', 'postcode', 'constructionYear', 'floorAreaM2', 'expectedYear', 'note', ...PLANNED_CHOICE_FIELDS] as const;

export function initialPlannedValues(): PlannedFormValues {
  return {
    address: '',
    postcode: '',
    municipalityCode: null,
    buildingUse: null,
    constructionType: null,
    constructionYear: '',
    floorAreaM2: '',
    expectedYear: String(new Date().getFullYear() + 1),
    note: '',
  };
}

/** A decimal from the API ("120.5") as a Danish reader types it ("120,5"). */
const decimalForInput = (value: string, language: 'da' | 'en') => (language === 'da' ? value.replace('.', ',') : value);

export function plannedValuesOf(p: PlannedDemolition, language: 'da' | 'en'): PlannedFormValues {
  return {
    address: p.address ?? '',
    postcode: p.postcode,
    municipalityCode: p.municipalityCode,
    buildingUse: p.buildingUse,
    constructionType: p.constructionType,
    constructionYear: p.constructionYear === null ? '' : String(p.constructionYear),
    floorAreaM2: decimalForInput(p.floorAreaM2, language),
    expectedYear: String(p.expectedYear),
    note: p.note ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
/** A whole number, or the text itself so that the schema says it is not one. */
const year = (value: string): number | null => {
  const text = value.trim();
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : (text as unknown as number);
};

export function toPlannedBody(values: PlannedFormValues): CreatePlannedDemolitionBody {
  return {
    address: orNull(values.address),
    postcode: orNull(values.postcode),
    municipalityCode: values.municipalityCode,
    // The schema reports a missing choice; the cast only lets it see the empty value.
    buildingUse: values.buildingUse as BuildingUse,
    constructionType: values.constructionType as ConstructionType,
    constructionYear: year(values.constructionYear),
    floorAreaM2: values.floorAreaM2.trim(),
    expectedYear: year(values.expectedYear) as number,
    note: orNull(values.note),
  };
}

/** The shared schema's checks, with messages that say what to type. */
export function validatePlanned(values: PlannedFormValues, t: TFunction): FieldErrors {
  const errors = schemaErrors(createPlannedDemolitionBodySchema, toPlannedBody(values), t, { choiceFields: PLANNED_CHOICE_FIELDS });
  delete errors.municipalityCode;
  // The schema's cross-field rule only runs once every field is valid; this says it at once.
  const placed = values.postcode.trim() !== '' || postcodeInAddress(values.address) !== null;
  if (errors.postcode || !placed) errors.postcode = t('planned.errors.postcode');
  if (errors.constructionYear) errors.constructionYear = t('planned.errors.constructionYear', { max: new Date().getFullYear() });
  if (errors.floorAreaM2) errors.floorAreaM2 = t('planned.errors.floorArea');
  if (errors.expectedYear) errors.expectedYear = t('planned.errors.expectedYear', { min: 2000, max: new Date().getFullYear() + 50 });
  return errors;
}

export function describePlannedError(error: unknown, t: TFunction): ApiErrorDisplay {
  const display = describeApiError(error, t, { fields: [...PLANNED_FIELDS], messages: { 403: t('planned.errors.forbidden') } });
  // The server checks where the building is: a planner's own municipality, a postcode it knows.
  if (display.fieldErrors.postcode) display.fieldErrors.postcode = t('planned.errors.postcodePlace');
  if (display.fieldErrors.municipalityCode) display.fieldErrors.municipalityCode = t('planned.errors.municipality');
  return display;
}

/** A change sends every field; the municipality only when one is chosen (planners never choose). */
export function toPlannedChanges(values: PlannedFormValues): UpdatePlannedDemolitionBody {
  const { municipalityCode, ...body } = toPlannedBody(values);
  return municipalityCode ? { ...body, municipalityCode } : body;
}
