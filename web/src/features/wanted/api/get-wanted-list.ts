import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicWanted } from '@byg360/shared';
import { api } from '../../../lib/api-client';

export interface WantedListQuery {
  category?: string;
  municipality?: string;
  page?: number;
  pageSize?: number;
}

export interface WantedListResponse {
  wanted: PublicWanted[];
  total: number;
  page: number;
  pageSize: number;
}

/** Open wanted posts as anyone may see them: what, how much, roughly where — nothing about who. */
export function getWantedList({ query, signal }: { query: WantedListQuery; signal?: AbortSignal }): Promise<WantedListResponse> {
  return api.get<WantedListResponse>('/api/wanted', { query: { ...query }, signal });
}

export const wantedListQueryOptions = (query: WantedListQuery = {}) =>
  queryOptions({
    queryKey: ['wanted', 'list', query],
    queryFn: ({ signal }) => getWantedList({ query, signal }),
  });

export function useWantedList(query: WantedListQuery) {
  return useQuery({ ...wantedListQueryOptions(query), placeholderData: keepPreviousData });
}
