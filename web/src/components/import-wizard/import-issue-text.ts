import { errorResponseSchema, type ImportFileProblemCode, type ImportIssue, type ImportIssueCode, type ImportIssueParams } from '@byg360/shared';
import type { i18n } from 'i18next';
import { ApiError } from '../../lib/api-client';
import type { Language } from '../../lib/i18n';

/** The locales the texts' numbers, dates and lists are formatted for, as in lib/format (British rather than American English). */
const intlLocales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

type Translator = Pick<i18n, 't' | 'exists'>;
type Param = ImportIssueParams[string];
type Value = string | number | Date | string[];

const inLanguage = (value: Param, language: Language): Value => {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : item[language]));
  return typeof value === 'object' ? value[language] : value;
};

/** Params that the catalogue's texts take in another shape than the server sends them. */
const adjust: Partial<Record<ImportIssueCode | ImportFileProblemCode, (values: Record<string, Value>, i18n: Translator) => Record<string, Value>>> = {
  'number.format': (values) => ({ ...values, count: values.decimals! }),
  'number.format_positive': (values) => ({ ...values, count: values.decimals! }),
  'unit.not_allowed': (values, i18n) => ({ ...values, units: (values.units as string[]).map((unit) => i18n.t(`lots.units.${unit}` as never, { defaultValue: unit })) }),
  'date.before_harvest': (values) => ({ ...values, date: new Date(`${String(values.date)}T00:00:00Z`) }),
  'date.after_harvest': (values) => ({ ...values, date: new Date(`${String(values.date)}T00:00:00Z`) }),
  'table.other_sheets': (values) => ({ ...values, others: (values.others as string[]).map((name) => `“${name}”`) }),
  'file.columns_missing': (values) => ({ ...values, count: (values.columns as string[]).length }),
  // The line where reading stopped, when the server knows it.
  'file.csv_unreadable': (values) => (values.line === undefined ? values : { ...values, context: 'line' }),
};

/** An issue as shown: in the page's language, or (`lang: 'en'`) as the server wrote it, for a code the catalogue lacks. */
export interface IssueText {
  text: string;
  lang?: 'en';
}

/**
 * An import's problem with a cell or row (or a warning about the table, or with the whole file) in the
 * page's language: the catalogue's text for its code, filled in from its params.
 */
export function importIssueText(issue: Pick<ImportIssue, 'code' | 'params' | 'message'>, i18n: Translator, language: Language): IssueText {
  const code = issue.code as ImportIssueCode | ImportFileProblemCode;
  const key = `importIssues.${code}`;
  let values = Object.fromEntries(Object.entries(issue.params ?? {}).map(([name, value]) => [name, inLanguage(value, language)]));
  values = adjust[code]?.(values, i18n) ?? values;
  if (!i18n.exists(key, values)) return { text: issue.message, lang: 'en' };
  return { text: i18n.t(key as never, { ...values, locale: intlLocales[language] }) };
}

/**
 * What the server said is wrong with a whole file (no header row, too many rows, not a spreadsheet…),
 * as an issue for importIssueText; null when the refusal has no reason (a 403, a lost connection).
 */
export function fileProblemOf(error: unknown): Pick<ImportIssue, 'code' | 'params' | 'message'> | null {
  if (!(error instanceof ApiError)) return null;
  const parsed = errorResponseSchema.safeParse(error.body);
  const reason = parsed.success ? parsed.data.error.reason : undefined;
  return reason ? { code: reason, params: parsed.data!.error.params ?? {}, message: error.message } : null;
}
