import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Project } from '@byg360/shared';
import { api } from '../../../lib/api-client';

/** `mine`: only the caller's organisation's projects (the contractor's workspace); otherwise all the caller may see. */
export async function getProjects({ mine, signal }: { mine: boolean; signal?: AbortSignal }): Promise<Project[]> {
  const { projects } = await api.get<{ projects: Project[] }>('/api/projects', { query: { mine: mine ? 'true' : undefined }, signal });
  return projects;
}

export const projectsQueryOptions = ({ mine = true }: { mine?: boolean } = {}) =>
  queryOptions({
    queryKey: ['projects', 'list', { mine }],
    queryFn: ({ signal }) => getProjects({ mine, signal }),
  });

export function useProjects({ mine = true, enabled = true }: { mine?: boolean; enabled?: boolean } = {}) {
  return useQuery({ ...projectsQueryOptions({ mine }), enabled });
}

/** Both lists: a new or changed project, or a lot that changes a project's counts, shows in either. */
export function invalidateProjectLists(queryClient: QueryClient) {
  return Promise.all([true, false].map((mine) => queryClient.invalidateQueries({ queryKey: projectsQueryOptions({ mine }).queryKey })));
}
