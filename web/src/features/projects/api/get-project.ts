import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Project } from '@byg360/shared';
import { api } from '../../../lib/api-client';

export function getProject({ id, signal }: { id: string; signal?: AbortSignal }): Promise<Project> {
  return api.get<Project>(`/api/projects/${encodeURIComponent(id)}`, { signal });
}

export const projectQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['projects', 'detail', id],
    queryFn: ({ signal }) => getProject({ id, signal }),
  });

export function useProject(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...projectQueryOptions(id), enabled });
}
