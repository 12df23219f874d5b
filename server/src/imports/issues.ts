import { importMaxRows, problem, problemOfIssue, type ErrorCode, type ImportFileProblemCode, type Problem, type ProblemParams } from '@byg360/shared';
import type { z } from 'zod';
import { AppError } from '../lib/errors.ts';

export { problem, type Problem };

/** An empty cell in a required column. */
export const missing = (): Problem => problem('required', {}, 'Required');

/**
 * The problem a schema issue describes, for the rules every import shares: lengths of text, and the
 * refinements that carry their own code (the decimals of `decimalSchema`, the order of a lot's dates).
 * An importer handles its own fields' issues first; anything else keeps the schema's English message
 * under the code `invalid`, which clients show as it is.
 */
export function problemOfSchemaIssue(issue: z.core.$ZodIssue): Problem {
  const { message } = issue;
  if (issue.code === 'too_small' && issue.origin === 'string') return problem('text.too_short', { min: Number(issue.minimum) }, message);
  if (issue.code === 'too_big' && issue.origin === 'string') return problem('text.too_long', { max: Number(issue.maximum) }, message);
  if (issue.code === 'too_small' && issue.origin === 'number') return problem('number.too_small', { min: Number(issue.minimum) }, message);
  if (issue.code === 'too_big' && issue.origin === 'number') return problem('number.too_large', { max: Number(issue.maximum) }, message);
  return problemOfIssue(issue) ?? problem('invalid', {}, message);
}

/**
 * A file refused as a whole (not a spreadsheet, no header, too many rows…): the error's code gives the
 * HTTP status, `reason` and `params` let clients word it in their language, `message` says it in English.
 */
export const fileProblem = (code: ErrorCode, reason: ImportFileProblemCode, params: ProblemParams, message: string, fields?: { path: string; message: string }[]) =>
  new AppError(code, message, fields, undefined, { reason, params });

/** More rows than one import takes. */
export const tooManyRows = (rows: number) =>
  fileProblem('VALIDATION', 'file.too_many_rows', { rows, max: importMaxRows }, `The file has ${rows} rows; at most ${importMaxRows} can be imported at once. Split it into several files.`);
