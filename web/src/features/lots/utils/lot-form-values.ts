import {
  createLotBodySchema,
  hazardSchema,
  lotDateOrderProblem,
  type Category,
  type CreateLotBody,
  type Lot,
  type Unit,
  type UpdateLotBody,
} from '@byg360/shared';
import type { TFunction } from 'i18next';
import { describeApiError, schemaErrors, type ApiErrorDisplay, type FieldErrors, type ReasonText } from '../../../lib/form-errors';
import { ApiError } from '../../../lib/api-client';
import type { Formatters } from '../../../lib/format';
import { unitLabel } from './units';

export type Substance = ReturnType<(typeof hazardSchema)['parse']>['testedFree'][number];
export const substances: readonly Substance[] = ['asbestos', 'pcb', 'lead'];
export type Condition = Lot['condition'];

/** What the lot form edits: text as typed (decimal commas allowed), '' for empty. Paths match the request body. */
export interface LotFormValues {
  title: string;
  description: string;
  categoryId: string | null;
  quantity: string;
  unit: Unit | null;
  condition: Condition | null;
  dimensions: string;
  priceDkk: string;
  availableFrom: string;
  pickUpBy: string;
  hazard: { testedFree: Substance[]; reportRef: string; note: string };
}

export interface HarvestWindow {
  harvestFrom: string | null;
  harvestTo: string | null;
}

export const LOT_CHOICE_FIELDS = ['categoryId', 'unit', 'condition'] as const;

/** Every path the form shows an error on. */
export const LOT_FIELDS = [
  'title',
  'description',
  'quantity',
  'dimensions',
  'priceDkk',
  'availableFrom',
  'pickUpBy',
  'hazard.reportRef',
  'hazard.note',
  ...LOT_CHOICE_FIELDS,
] as const;

/** A new lot is available for the whole harvest window unless the contractor says otherwise. */
export function initialLotValues(window?: HarvestWindow): LotFormValues {
  return {
    title: '',
    description: '',
    categoryId: null,
    quantity: '',
    unit: null,
    condition: null,
    dimensions: '',
    priceDkk: '0',
    availableFrom: window?.harvestFrom ?? '',
    pickUpBy: window?.harvestTo ?? '',
    hazard: { testedFree: [], reportRef: '', note: '' },
  };
}

/** Shows decimals the Danish way in the form; the server reads both. */
const danish = (value: string) => value.replace('.', ',');
/** Kroner with øre as two digits ("2,50"), whole kroner without ("45"). */
const danishPrice = (value: string) => danish(value.replace(/\.(\d)$/, (_, digit: string) => `.${digit}0`));

export function lotValuesOf(lot: Lot): LotFormValues {
  return {
    title: lot.title,
    description: lot.description ?? '',
    categoryId: lot.category.id,
    quantity: danish(lot.quantity),
    unit: lot.unit,
    condition: lot.condition,
    dimensions: lot.dimensions ?? '',
    priceDkk: danishPrice(lot.priceDkk),
    availableFrom: lot.availableFrom ?? '',
    pickUpBy: lot.pickUpBy ?? '',
    hazard: { testedFree: [...lot.hazard.testedFree], reportRef: lot.hazard.reportRef ?? '', note: lot.hazard.note ?? '' },
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toLotBody(values: LotFormValues, status: 'draft' | 'published' = 'draft'): CreateLotBody {
  return {
    title: values.title,
    description: orNull(values.description),
    // The schema refuses null with "choose one"; '' would read as "fill in".
    categoryId: values.categoryId as string,
    quantity: values.quantity.trim(),
    unit: values.unit as Unit,
    condition: values.condition as Condition,
    dimensions: orNull(values.dimensions),
    priceDkk: values.priceDkk.trim() === '' ? '0' : values.priceDkk.trim(),
    availableFrom: orNull(values.availableFrom),
    pickUpBy: orNull(values.pickUpBy),
    hazard: { testedFree: values.hazard.testedFree, reportRef: orNull(values.hazard.reportRef), note: orNull(values.hazard.note) },
    status,
  };
}

/** The same body without a status: saving an existing lot leaves its status to the status actions. */
export function toLotUpdateBody(values: LotFormValues): UpdateLotBody {
  const { status: _status, ...body } = toLotBody(values);
  return body;
}

/** The category's allowed units; none until a category is chosen. */
export function unitsFor(category: Pick<Category, 'allowedUnits'> | undefined): readonly Unit[] {
  return category?.allowedUnits ?? [];
}

/**
 * Client-side checks with the shared schema plus the project's harvest window, in words that say
 * what to type ("a number above 0 with at most 3 decimals") rather than "invalid".
 */
export function validateLot(values: LotFormValues, window: HarvestWindow, t: TFunction): FieldErrors {
  const errors = schemaErrors(createLotBodySchema, toLotBody(values), t, { choiceFields: LOT_CHOICE_FIELDS });
  if (errors.quantity) errors.quantity = values.quantity.trim() === '' ? t('errors.required') : t('lots.errors.quantity');
  if (errors.priceDkk) errors.priceDkk = t('lots.errors.price');
  // The schema's cross-field rule only runs once every field is valid; this says it at once.
  if (lotDateOrderProblem(values)) errors.pickUpBy = t('lots.errors.pickUpBeforeAvailable');
  const outside = (date: string) =>
    date !== '' && ((window.harvestFrom !== null && date < window.harvestFrom) || (window.harvestTo !== null && date > window.harvestTo));
  for (const field of ['availableFrom', 'pickUpBy'] as const) {
    if (!errors[field] && outside(values[field])) errors[field] = t('lots.errors.outsideHarvestWindow');
  }
  return errors;
}

/** The lot rules' reasons (shared lot-rules, decimal and date checks) in the lot form's words, with the dates and units they name. */
function lotReasonText(t: TFunction, format: Pick<Formatters, 'date'>): ReasonText {
  return ({ path, reason, params = {} }) => {
    if (reason?.startsWith('number.')) {
      if (path === 'quantity') return t('lots.errors.quantity');
      if (path === 'priceDkk') return t('lots.errors.price');
    }
    const date = typeof params.date === 'string' ? format.date(params.date) : undefined;
    switch (reason) {
      case 'date.order':
        return t('lots.errors.pickUpBeforeAvailable');
      case 'date.before_harvest':
        return date ? t('lots.errors.beforeHarvest', { date }) : t('lots.errors.outsideHarvestWindow');
      case 'date.after_harvest':
        return date ? t('lots.errors.afterHarvest', { date }) : t('lots.errors.outsideHarvestWindow');
      case 'unit.not_allowed': {
        const units = Array.isArray(params.units) ? params.units.filter((unit) => typeof unit === 'string') : [];
        return units.length ? t('lots.errors.unitNotAllowed', { units: units.map((unit) => unitLabel(unit, t)).join(', ') }) : undefined;
      }
      case 'category.not_found':
        return t('lots.errors.categoryNotFound');
      default:
        return undefined;
    }
  };
}

/** The server's refusals on the lot form's fields, in the visitor's language; `format` writes the dates they name. */
export function describeLotError(error: unknown, t: TFunction, format: Pick<Formatters, 'date'>): ApiErrorDisplay {
  const display = describeApiError(error, t, { fields: LOT_FIELDS, messages: { 409: t('lots.errors.conflict') }, reasonText: lotReasonText(t, format) });
  const fields = error instanceof ApiError ? error.fields : [];
  for (const field of fields) {
    if (field.reason === 'status.unverified_organisation') display.formError = t('lots.errors.notVerified');
    // The reserved quantity is a database check, not a shared rule, so its refusal has no reason: read by its English text.
    if (field.path === 'quantity' && field.reason === undefined && field.message.includes('reserved')) display.fieldErrors.quantity = t('lots.errors.belowReserved');
  }
  return display;
}
