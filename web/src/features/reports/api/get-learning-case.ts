import { queryOptions, useQuery } from '@tanstack/react-query';
import type { learningCaseDetailSchema } from '@byg360/shared';
import { api } from '../../../lib/api-client';

// shared exports the schema only; its output type is what the server sends.
export type LearningCaseDetail = (typeof learningCaseDetailSchema)['_zod']['output'];

/** One completed demolition: what was harvested, and its fate by category and EWC code. */
export function getLearningCase(projectId: string, { signal }: { signal?: AbortSignal } = {}): Promise<LearningCaseDetail> {
  return api.get<LearningCaseDetail>(`/api/reports/learning-cases/${encodeURIComponent(projectId)}`, { signal });
}

export const learningCaseQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: ['reports', 'learning-cases', projectId],
    queryFn: ({ signal }) => getLearningCase(projectId, { signal }),
  });

export function useLearningCase(projectId: string) {
  return useQuery(learningCaseQueryOptions(projectId));
}
