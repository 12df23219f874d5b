import { queryOptions, useQuery } from '@tanstack/react-query';
import type { learningCaseListResponseSchema } from '@byg360/shared';
import { api } from '../../../lib/api-client';

// shared exports the schema only; its output type is what the server sends.
export type LearningCaseList = (typeof learningCaseListResponseSchema)['_zod']['output'];

/** Completed demolitions and what became of their materials, with a summary across them (public). */
export function getLearningCases({ municipality, signal }: { municipality?: string | null; signal?: AbortSignal } = {}): Promise<LearningCaseList> {
  return api.get<LearningCaseList>('/api/reports/learning-cases', { query: { municipality }, signal });
}

export const learningCasesQueryOptions = (municipality: string | null = null) =>
  queryOptions({
    queryKey: ['reports', 'learning-cases', { municipality }],
    queryFn: ({ signal }) => getLearningCases({ municipality, signal }),
  });

export function useLearningCases(municipality: string | null = null) {
  return useQuery(learningCasesQueryOptions(municipality));
}
