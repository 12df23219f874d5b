import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { SupplyDemandReport } from '@byg360/shared';
import { api } from '../../../lib/api-client';
import { reportQuery, type ReportFilters } from '../utils/report-filters';

/** Supply vs demand by category, period and postcode (planners: their municipality; administrators: all or one). */
export function getSupplyDemandReport(filters: ReportFilters, { signal }: { signal?: AbortSignal } = {}): Promise<SupplyDemandReport> {
  return api.get<SupplyDemandReport>('/api/reports/supply-demand', { query: reportQuery(filters), signal });
}

const reportsKey = ['reports', 'supply-demand'] as const;

export const supplyDemandReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({
    queryKey: [...reportsKey, filters],
    queryFn: ({ signal }) => getSupplyDemandReport(filters, { signal }),
  });

/** While a changed filter loads, the previous figures stay on screen (marked as updating) instead of a spinner. */
export function useSupplyDemandReport(filters: ReportFilters) {
  return useQuery({ ...supplyDemandReportQueryOptions(filters), placeholderData: keepPreviousData });
}

/** Every cached report, whatever its filters: after the data behind it changed (planned demolitions). */
export function invalidateSupplyDemandReports(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: reportsKey });
}
