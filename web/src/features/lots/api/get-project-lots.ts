import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Lot } from '@byg360/shared';
import { api } from '../../../lib/api-client';

/** A project's lots: drafts included for its organisation, its municipality's planners and administrators. */
export async function getProjectLots({ projectId, signal }: { projectId: string; signal?: AbortSignal }): Promise<Lot[]> {
  const { lots } = await api.get<{ lots: Lot[] }>(`/api/projects/${encodeURIComponent(projectId)}/lots`, { signal });
  return lots;
}

export const projectLotsQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: ['lots', 'of-project', projectId],
    queryFn: ({ signal }) => getProjectLots({ projectId, signal }),
  });

export function useProjectLots(projectId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...projectLotsQueryOptions(projectId), enabled });
}
