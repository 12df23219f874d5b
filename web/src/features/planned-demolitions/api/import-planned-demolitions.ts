import { useMutation, useQueryClient } from '@tanstack/react-query';
import { plannedDemolitionImportResultSchema, type ImportMode, type PlannedDemolitionImportResult } from '@byg360/shared';
import { api, ApiError } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { invalidatePlannedDemolitions } from './get-planned-demolitions';

export interface ImportPlannedDemolitionsInput {
  file: File;
  mode: ImportMode;
  onProgress?: (fraction: number) => void;
}

/**
 * Sends a BBR-like extract. A dry run answers every row's result; a commit creates all rows or, when
 * a row is bad, nothing: then it resolves with the row results too (`created` is absent).
 */
export async function importPlannedDemolitions({ file, mode, onProgress }: ImportPlannedDemolitionsInput): Promise<PlannedDemolitionImportResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    return await api.upload<PlannedDemolitionImportResult>('/api/planned-demolitions/import', body, { query: { mode }, onProgress });
  } catch (err) {
    if (err instanceof ApiError && err.status === 422) {
      const rejected = plannedDemolitionImportResultSchema.safeParse(err.body);
      if (rejected.success) return rejected.data;
    }
    throw err;
  }
}

export function useImportPlannedDemolitions({ onSuccess, ...config }: MutationConfig<typeof importPlannedDemolitions> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: importPlannedDemolitions,
    onSuccess: async (result, ...rest) => {
      if (result.created !== undefined) await invalidatePlannedDemolitions(queryClient);
      await onSuccess?.(result, ...rest);
    },
  });
}
