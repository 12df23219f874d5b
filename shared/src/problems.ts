import type { z } from 'zod';
import type { ProblemParams } from './errors.ts';
import type { ImportIssueCode } from './imports.ts';

/** What a rule found wrong: a code and its params for clients to word in their language, and the same in English. */
export interface Problem {
  code: ImportIssueCode;
  params: ProblemParams;
  message: string;
}

export const problem = (code: ImportIssueCode, params: ProblemParams, message: string): Problem => ({ code, params, message });

/**
 * A zod issue for a refinement that carries its problem's code and params beside the English message,
 * so that whoever words it again (the imports) reads them from the issue rather than from the text.
 */
export const problemIssue = ({ code, params, message }: Problem, path?: PropertyKey[]) => ({
  code: 'custom' as const,
  message,
  params: { problem: { code, params } },
  ...(path ? { path } : {}),
});

/** The problem a refinement put on its issue with `problemIssue`; undefined for any other issue. */
export function problemOfIssue(issue: z.core.$ZodIssue): Problem | undefined {
  if (issue.code !== 'custom') return undefined;
  const carried = (issue.params as { problem?: Omit<Problem, 'message'> } | undefined)?.problem;
  return carried ? { code: carried.code, params: carried.params, message: issue.message } : undefined;
}
