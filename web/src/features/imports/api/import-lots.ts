import { useMutation } from '@tanstack/react-query';
import { importRejectedSchema, type ImportMode, type ImportResult } from '@byg360/shared';
import { api, ApiError } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';

export interface ImportLotsInput {
  projectId: string;
  file: File;
  mode: ImportMode;
  onProgress?: (fraction: number) => void;
}

/**
 * Sends an inventory spreadsheet. A dry run answers every row's result; a commit creates all rows or,
 * when a row is bad, nothing: then it resolves with the row results too (`created` is absent).
 */
export async function importLots({ projectId, file, mode, onProgress }: ImportLotsInput): Promise<ImportResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    return await api.upload<ImportResult>(`/api/projects/${encodeURIComponent(projectId)}/lots/import`, body, {
      query: { mode },
      onProgress,
    });
  } catch (err) {
    if (err instanceof ApiError && err.status === 422) {
      const rejected = importRejectedSchema.safeParse(err.body);
      if (rejected.success) return rejected.data;
    }
    throw err;
  }
}

type ImportProjectLotsInput = Omit<ImportLotsInput, 'projectId'>;

/**
 * Bound to one project, so that the import wizard sends only the file and the mode. The caller
 * invalidates the project and its lots after a commit (they belong to other features).
 */
export function useImportLots(projectId: string, config: MutationConfig<(input: ImportProjectLotsInput) => Promise<ImportResult>> = {}) {
  return useMutation({ ...config, mutationFn: (input: ImportProjectLotsInput) => importLots({ ...input, projectId }) });
}
