import { Box, Button, Group, Pagination, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { SearchHit, SearchResponse } from '@byg360/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyBlock, ErrorState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import type { Language } from '../utils/facets';
import { PAGE_SIZE, type SearchState } from '../utils/search-state';
import { ResultCard } from './result-card';
import classes from './search.module.css';

interface SearchResultsProps {
  state: SearchState;
  result: UseQueryResult<SearchResponse>;
  language: Language;
  onPage: (page: number) => void;
  onHighlight: (hit: SearchHit | null) => void;
  /** Whether removing filters or the search text would widen the result. */
  canClearFilters: boolean;
  onClearFilters: () => void;
  /** Whether the result is limited to the map's view or a radius. */
  limitedToArea: boolean;
  onSearchEverywhere: () => void;
  /** Beside the count, e.g. "save this search". */
  actions?: ReactNode;
}

/** The result list: count, lots, paging, and real loading, empty and error states. */
export function SearchResults({
  state,
  result,
  language,
  onPage,
  onHighlight,
  canClearFilters,
  onClearFilters,
  limitedToArea,
  onSearchEverywhere,
  actions,
}: SearchResultsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusAfterPaging, setFocusAfterPaging] = useState(false);
  const data = result.data;

  // After a page change the new page's first lot is what to read next, from the list's heading.
  useEffect(() => {
    if (focusAfterPaging && !result.isPlaceholderData) {
      heading.current?.focus();
      setFocusAfterPaging(false);
    }
  }, [focusAfterPaging, result.isPlaceholderData]);

  const summary = data
    ? t(state.near ? 'search.results.countNear' : limitedToArea ? 'search.results.countInView' : 'search.results.count', {
        count: data.total,
        formatted: format.number(data.total),
        km: state.radiusKm ?? 0,
      })
    : t('search.results.loading');
  const pages = data ? Math.min(500, Math.ceil(data.total / PAGE_SIZE)) : 0;

  return (
    <Stack gap="sm" aria-busy={result.isFetching}>
      <Group justify="space-between" align="center" gap="xs" wrap="wrap">
        <Title order={2} size="h4" ref={heading} tabIndex={-1} className={classes.resultsHeading}>
          {data ? summary : t('search.results.title')}
        </Title>
        {actions}
      </Group>
      {/* The count is read out when it changes, not only when the heading gets focus. */}
      <VisuallyHidden role="status" aria-live="polite">
        {result.isFetching ? '' : summary}
      </VisuallyHidden>

      {result.isError && !data ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} title={t('search.results.failed')} />
      ) : !data ? (
        <ResultSkeletons />
      ) : data.hits.length === 0 ? (
        <EmptyBlock
          title={t('search.results.emptyTitle')}
          action={
            <Group gap="sm" justify="center">
              {canClearFilters && (
                <Button variant="default" onClick={onClearFilters}>
                  {t('search.results.clearFilters')}
                </Button>
              )}
              {limitedToArea && <Button onClick={onSearchEverywhere}>{t('search.results.searchEverywhere')}</Button>}
            </Group>
          }
        >
          {t(limitedToArea ? 'search.results.emptyInView' : 'search.results.empty')}
        </EmptyBlock>
      ) : (
        <>
          {result.isError && (
            <Text size="sm" c="red.9" role="alert">
              {t('search.results.refreshFailed')}
            </Text>
          )}
          <Box component="ul" className={classes.resultList} data-stale={result.isPlaceholderData || undefined}>
            {data.hits.map((hit) => (
              <li key={hit.id}>
                <ResultCard hit={hit} language={language} onHighlight={onHighlight} />
              </li>
            ))}
          </Box>
          {pages > 1 && (
            <Box component="nav" aria-label={t('search.results.pagesLabel')}>
              <Pagination
                total={pages}
                value={Math.min(state.page, pages)}
                onChange={(page) => {
                  setFocusAfterPaging(true);
                  onPage(page);
                }}
                size="sm"
                siblings={1}
                getItemProps={(page) => ({ 'aria-label': t('search.results.page', { page }) })}
                getControlProps={(control) => ({ 'aria-label': t(`search.results.${control}Page`) })}
              />
            </Box>
          )}
        </>
      )}
    </Stack>
  );
}

function ResultSkeletons() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-label={t('search.results.loading')}>
      {Array.from({ length: 4 }, (_, i) => (
        <Group key={i} gap="sm" wrap="nowrap" align="flex-start">
          <Skeleton height={72} width={72} radius="sm" />
          <Stack gap={6} style={{ flex: 1 }}>
            <Skeleton height={16} width="70%" />
            <Skeleton height={12} width="40%" />
            <Skeleton height={12} width="85%" />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
