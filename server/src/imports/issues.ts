import type { ImportIssueCode, ImportIssueParams } from '@byg360/shared';
import type { z } from 'zod';

/** What is wrong with a cell: a code and its params for clients to word in their language, and the same in English. */
export interface Problem {
  code: ImportIssueCode;
  params: ImportIssueParams;
  message: string;
}

export const problem = (code: ImportIssueCode, params: ImportIssueParams, message: string): Problem => ({ code, params, message });

/** An empty cell in a required column. */
export const missing = (): Problem => problem('required', {}, 'Required');

/**
 * The problem a schema issue describes, for the rules every import shares: lengths of text and the
 * decimals of `decimalSchema`. An importer handles its own fields' issues first; anything else keeps
 * the schema's English message under the code `invalid`, which clients show as it is.
 */
export function problemOfSchemaIssue(issue: z.core.$ZodIssue): Problem {
  const { message } = issue;
  if (issue.code === 'too_small' && issue.origin === 'string') return problem('text.too_short', { min: Number(issue.minimum) }, message);
  if (issue.code === 'too_big' && issue.origin === 'string') return problem('text.too_long', { max: Number(issue.maximum) }, message);
  if (issue.code === 'too_small' && issue.origin === 'number') return problem('number.too_small', { min: Number(issue.minimum) }, message);
  if (issue.code === 'too_big' && issue.origin === 'number') return problem('number.too_large', { max: Number(issue.maximum) }, message);
  if (issue.code === 'custom') {
    // decimalSchema (shared with the forms) says what is wrong in English only; its three messages carry the limits.
    const format = /^Enter a number( above 0)? with at most (\d+) decimals$/.exec(message);
    if (format) return problem(format[1] ? 'number.format_positive' : 'number.format', { decimals: Number(format[2]) }, message);
    if (message === 'Must be more than 0') return problem('number.not_positive', {}, message);
    const max = /^Must be at most (\d+(?:\.\d+)?)$/.exec(message);
    if (max) return problem('number.too_large', { max: Number(max[1]) }, message);
  }
  return problem('invalid', {}, message);
}
