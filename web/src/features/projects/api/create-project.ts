import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateProjectBody, Project } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { projectQueryOptions } from './get-project';
import { invalidateProjectLists } from './get-projects';

export function createProject(body: CreateProjectBody): Promise<Project> {
  return api.post<Project>('/api/projects', body);
}

export function useCreateProject({ onSuccess, ...config }: MutationConfig<typeof createProject> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createProject,
    onSuccess: async (project, ...rest) => {
      queryClient.setQueryData(projectQueryOptions(project.id).queryKey, project);
      await invalidateProjectLists(queryClient);
      await onSuccess?.(project, ...rest);
    },
  });
}
