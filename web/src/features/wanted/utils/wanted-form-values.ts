import { createWantedBodySchema, type Category, type CreateWantedBody, type Unit } from '@byg360/shared';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client';
import { describeApiError, schemaErrors, type ApiErrorDisplay, type FieldErrors } from '../../../lib/form-errors';

export interface LatLon {
  lat: number;
  lon: number;
}

export type PlaceMode = 'postcode' | 'map';

export const DEFAULT_WANTED_RADIUS_KM = 25;

/** What the wanted form edits: text as typed, '' for empty; `point` stands for the body's lat and lon. */
export interface WantedFormValues {
  categoryId: string | null;
  title: string;
  note: string;
  quantity: string;
  unit: Unit | null;
  placeMode: PlaceMode;
  postcode: string;
  point: LatLon | null;
  radiusKm: number | string;
  neededBy: string;
}

export const WANTED_CHOICE_FIELDS = ['categoryId', 'unit'] as const;
/** Every path the form shows an error on. */
export const WANTED_FIELDS = ['title', 'note', 'quantity', 'postcode', 'point', 'radiusKm', 'neededBy', ...WANTED_CHOICE_FIELDS] as const;

export function initialWantedValues(): WantedFormValues {
  return {
    categoryId: null,
    title: '',
    note: '',
    quantity: '',
    unit: null,
    placeMode: 'postcode',
    postcode: '',
    point: null,
    radiusKm: DEFAULT_WANTED_RADIUS_KM,
    neededBy: '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toWantedBody(values: WantedFormValues): CreateWantedBody {
  const quantity = orNull(values.quantity);
  const radius = typeof values.radiusKm === 'number' ? values.radiusKm : Number(String(values.radiusKm).replace(',', '.'));
  const place =
    values.placeMode === 'map'
      ? values.point
        ? { lat: values.point.lat, lon: values.point.lon }
        : {}
      : values.postcode.trim()
        ? { postcode: values.postcode.trim() }
        : {};
  return {
    categoryId: values.categoryId,
    title: orNull(values.title),
    note: orNull(values.note),
    quantity,
    // A unit without a quantity means nothing; the schema would refuse the pair.
    unit: quantity === null ? null : values.unit,
    ...place,
    radiusKm: values.radiusKm === '' ? DEFAULT_WANTED_RADIUS_KM : radius,
    neededBy: orNull(values.neededBy),
  };
}

/** The category's allowed units; none until a category is chosen. */
export function unitsFor(category: Pick<Category, 'allowedUnits'> | undefined): readonly Unit[] {
  return category?.allowedUnits ?? [];
}

/** Client-side checks with the shared schema, in words that say what to do. `today` is "YYYY-MM-DD". */
export function validateWanted(values: WantedFormValues, today: string, t: TFunction): FieldErrors {
  const body = toWantedBody(values);
  const errors = schemaErrors(createWantedBodySchema, body, t, { choiceFields: WANTED_CHOICE_FIELDS });
  // The form always asks for a category; a saved search is made from the map page instead.
  if (!values.categoryId) errors.categoryId = t('errors.choose');
  else delete errors.categoryId;
  if (errors.quantity) errors.quantity = t('wanted.errors.quantity');
  if (body.quantity !== null && !values.unit) errors.unit = t('errors.choose');
  else delete errors.unit;
  delete errors.lat;
  delete errors.postcode;
  if (values.placeMode === 'map' && !values.point) errors.point = t('wanted.errors.point');
  if (values.placeMode === 'postcode' && !/^\d{4}$/.test(values.postcode.trim())) {
    errors.postcode = values.postcode.trim() === '' ? t('errors.required') : t('wanted.errors.postcode');
  }
  if (errors.radiusKm) errors.radiusKm = t('wanted.errors.radius');
  if (!errors.neededBy && values.neededBy && values.neededBy < today) errors.neededBy = t('wanted.errors.neededByPast');
  return errors;
}

/** The server's refusals on the form's fields, in the visitor's language. */
export function describeWantedError(error: unknown, t: TFunction): ApiErrorDisplay {
  // The form shows the place as one map field; the server speaks of lat and lon.
  const renamed =
    error instanceof ApiError
      ? new ApiError({
          status: error.status,
          code: error.code,
          message: error.message,
          fields: error.fields.map((field) => (field.path === 'lat' || field.path === 'lon' ? { ...field, path: 'point' } : field)),
          retryAfterSeconds: error.retryAfterSeconds,
          body: error.body,
        })
      : error;
  const display = describeApiError(renamed, t, { fields: WANTED_FIELDS });
  for (const field of renamed instanceof ApiError ? renamed.fields : []) {
    if (field.path === 'postcode' && field.message.startsWith('Unknown postcode')) display.fieldErrors.postcode = t('wanted.errors.unknownPostcode');
    if (field.path === 'unit') display.fieldErrors.unit = t('wanted.errors.unitNotAllowed');
    if (field.path === 'categoryId' && field.message.startsWith('Unknown category')) display.fieldErrors.categoryId = t('wanted.errors.unknownCategory');
    if (field.path === 'quantity') display.fieldErrors.quantity = t('wanted.errors.quantity');
    if (field.path === 'point') display.fieldErrors.point = t('wanted.errors.point');
  }
  return display;
}
