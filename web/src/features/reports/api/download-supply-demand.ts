import { useMutation } from '@tanstack/react-query';
import type { ReportBreakdown, ReportLocale } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import { filenameFromDisposition, readWithProgress, saveBlob, type DownloadProgress } from '../../../lib/download';
import type { MutationConfig } from '../../../lib/react-query';
import { reportQuery, type ReportFilters } from '../utils/report-filters';

export interface DownloadSupplyDemandInput {
  filters: ReportFilters;
  format: 'csv' | 'xlsx';
  /** CSV holds one breakdown; XLSX has them all. */
  breakdown?: ReportBreakdown;
  /** Danish: semicolons, decimal commas and Danish headers. */
  locale: ReportLocale;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

export interface SavedFile {
  filename: string;
  bytes: number;
}

/** Streams the report as CSV or XLSX with the session's token, counting bytes as they arrive, and saves it. */
export async function downloadSupplyDemand({ filters, format, breakdown, locale, onProgress, signal }: DownloadSupplyDemandInput): Promise<SavedFile> {
  const response = await api.file('/api/reports/supply-demand', {
    query: { ...reportQuery(filters), format, locale, breakdown: format === 'csv' ? breakdown : undefined },
    signal,
  });
  const blob = await readWithProgress(response, onProgress);
  const filename = filenameFromDisposition(response.headers.get('content-disposition')) ?? `byg360-report.${format}`;
  saveBlob(blob, filename);
  return { filename, bytes: blob.size };
}

export function useDownloadSupplyDemand(config: MutationConfig<typeof downloadSupplyDemand> = {}) {
  return useMutation({ ...config, mutationFn: downloadSupplyDemand });
}
