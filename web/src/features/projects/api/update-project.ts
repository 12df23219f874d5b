import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Project, UpdateProjectBody } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { projectQueryOptions } from './get-project';
import { invalidateProjectLists } from './get-projects';

/** Changes fields or the status (planned → active → completed) of a project. */
export function updateProject({ id, body }: { id: string; body: UpdateProjectBody }): Promise<Project> {
  return api.patch<Project>(`/api/projects/${encodeURIComponent(id)}`, body);
}

export function useUpdateProject({ onSuccess, ...config }: MutationConfig<typeof updateProject> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: updateProject,
    onSuccess: async (project, ...rest) => {
      queryClient.setQueryData(projectQueryOptions(project.id).queryKey, project);
      await invalidateProjectLists(queryClient);
      await onSuccess?.(project, ...rest);
    },
  });
}
