import type { FieldError } from '@byg360/shared';
import type { TFunction } from 'i18next';
import type da from '../locales/da.json';
import { ApiError } from './api-client';

export type ErrorKey = keyof (typeof da)['errors'];

/** The parts of a zod issue this module reads; zod's own issue types fit this shape. */
interface Issue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly format?: string;
}

interface SafeParseSchema {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

export type FieldErrors = Record<string, string>;

export interface SchemaErrorOptions {
  /** Paths filled by picking from a list, where "choose one" reads better than "fill in". */
  choiceFields?: readonly string[];
}

/**
 * Validates with a shared zod schema and returns translated messages keyed by dot path, the way
 * @mantine/form keys its errors. The shared schemas speak English; the visitor may not.
 */
export function schemaErrors(schema: SafeParseSchema, data: unknown, t: TFunction, options: SchemaErrorOptions = {}): FieldErrors {
  const result = schema.safeParse(data);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= t(`errors.${issueKey(issue, path, valueAt(data, issue.path), options)}`, issueParams(issue));
  }
  return errors;
}

function issueKey(issue: Issue, path: string, value: unknown, options: SchemaErrorOptions): ErrorKey {
  const field = path.split('.').at(-1) ?? '';
  if (issue.code === 'custom') return knownMessageKey(issue.message) ?? customKeyForField(field);
  if (value === undefined || value === null || value === '') {
    return options.choiceFields?.includes(path) ? 'choose' : 'required';
  }
  switch (issue.code) {
    case 'too_small':
      return field === 'password' ? 'passwordTooShort' : 'tooShort';
    case 'too_big':
      return 'tooLong';
    case 'invalid_format':
      if (issue.format === 'email') return 'email';
      if (field === 'cvr') return 'cvr';
      return options.choiceFields?.includes(path) ? 'choose' : 'invalid';
    case 'invalid_value':
    case 'invalid_union':
      return 'choose';
    default:
      return 'invalid';
  }
}

function customKeyForField(field: string): ErrorKey {
  return field === 'kind' ? 'wrongOrganisationKind' : 'invalid';
}

function issueParams(issue: Issue): { count?: number } {
  const limit = issue.code === 'too_small' ? issue.minimum : issue.code === 'too_big' ? issue.maximum : undefined;
  return limit === undefined ? {} : { count: Number(limit) };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/**
 * English messages the server and the shared schemas send for the cases people meet most often.
 * Only a fallback for refusals that carry no `reason`: the account ones (registration, login and the
 * organisation chosen with them) and the shared schemas' own checks. Anything not listed falls back
 * to a translated generic message, never to the English text.
 */
const knownMessages: Record<string, ErrorKey> = {
  'Already registered': 'alreadyRegistered',
  'Enter a valid e-mail address': 'email',
  'Enter your name': 'required',
  'Enter your password': 'required',
  'Password is too simple: use more different characters': 'passwordTooSimple',
  'Join or create an organisation for this role': 'organisationRequired',
  'Unknown organisation': 'unknownOrganisation',
  'Wrong kind of organisation for this role': 'wrongOrganisationKind',
  'Unknown municipality code': 'unknownMunicipality',
  'CVR number must be eight digits': 'cvr',
  'Wrong e-mail or password': 'wrongCredentials',
};

function knownMessageKey(message: string): ErrorKey | undefined {
  return knownMessages[message];
}

/** A field's refusal worded from its `reason` and `params`; undefined where the form has no text for that reason. */
export type ReasonText = (field: FieldError) => string | undefined;

/** The reason's text where the form has one, else the known English message's, else a generic one. */
function fieldMessage(field: FieldError, t: TFunction, reasonText?: ReasonText): string {
  const worded = field.reason === undefined ? undefined : reasonText?.(field);
  return worded ?? t(`errors.${knownMessageKey(field.message) ?? 'invalid'}`);
}

export interface ApiErrorDisplay {
  /** Messages for fields the form shows, keyed like the form's values. */
  fieldErrors: FieldErrors;
  /** A message for the whole form, or null when the field messages say it all. */
  formError: string | null;
}

/**
 * Splits a failed request into messages on the form's own fields and one message for the form.
 * `messages` lets a form say what a status means for it (a 401 on login is a wrong password);
 * `reasonText` words the fields' reasons (what the shared rules found) before any English text is read.
 */
export function describeApiError(
  error: unknown,
  t: TFunction,
  { fields = [], messages = {}, reasonText }: { fields?: readonly string[]; messages?: Partial<Record<number, string>>; reasonText?: ReasonText } = {},
): ApiErrorDisplay {
  if (!(error instanceof ApiError)) return { fieldErrors: {}, formError: t('errors.unexpected') };
  const fieldErrors: FieldErrors = {};
  let unplaced = false;
  for (const field of error.fields) {
    if (fields.includes(field.path)) {
      fieldErrors[field.path] ??= fieldMessage(field, t, reasonText);
    } else {
      unplaced = true;
    }
  }
  const placed = Object.keys(fieldErrors).length > 0;
  const formError = placed && !unplaced ? null : (messages[error.status] ?? formMessage(error, t));
  return { fieldErrors, formError };
}

function formMessage(error: ApiError, t: TFunction): string {
  if (error.code === 'NETWORK') return t('errors.network');
  if (error.code === 'RATE_LIMITED') {
    return t('errors.rateLimited', { count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
  }
  if (error.status >= 500) return t('errors.server');
  const known = knownMessageKey(error.message);
  return known ? t(`errors.${known}`) : t('errors.unexpected');
}
