import { Button, Group, Stack } from '@mantine/core';
import type { User } from '@byg360/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMunicipalities } from '../../features/auth/api/get-municipalities';
import { useCategories } from '../../features/lots/api/get-categories';
import { usePlannedDemolitions } from '../../features/planned-demolitions/api/get-planned-demolitions';
import { useSupplyDemandReport } from '../../features/reports/api/get-supply-demand-report';
import { SupplyDemandReportView } from '../../features/reports/components/supply-demand-report';
import { filtersFromSearch, viewFromSearch, withParams, type ReportParam } from '../../features/reports/utils/report-filters';
import { ApiError } from '../../lib/api-client';
import { RequirePlanner } from '../layout/require-planner';

export function ReportsRoute() {
  const { t } = useTranslation();
  return <RequirePlanner title={t('reports.title')}>{(user) => <ReportsPage user={user} />}</RequirePlanner>;
}

function ReportsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const view = useMemo(() => viewFromSearch(params), [params]);
  const isAdmin = user.role === 'admin';

  const report = useSupplyDemandReport(filters);
  const categories = useCategories();
  const municipalities = useMunicipalities();
  // Planned demolitions carry coordinates: they place postcodes on the map that have no lots.
  const planned = usePlannedDemolitions();
  const sites = useMemo(
    () => (planned.data?.plannedDemolitions ?? []).flatMap((p) => (p.lat !== null && p.lon !== null ? [{ postcode: p.postcode, lat: p.lat, lon: p.lon }] : [])),
    [planned.data],
  );

  // Filters are page state a planner shares: they live in the URL; the page keeps its scroll position.
  const change = (changes: Partial<Record<ReportParam, string | null>>) => setParams(withParams(params, changes), { replace: true, preventScrollReset: true });

  const municipalityName = (code: string | null) =>
    code === null ? t('reports.scope.allMunicipalities') : (municipalities.data?.find((m) => m.code === code)?.name ?? code);

  const actions = (
    <Group gap="sm">
      <Button component={Link} to={paths.reports.plannedDemolitions.getHref()} variant="light">
        {t('reports.links.planned')}
      </Button>
      <Button component={Link} to={paths.reports.learningCases.getHref()} variant="subtle">
        {t('reports.links.learningCases')}
      </Button>
    </Group>
  );

  let body;
  if (report.isPending || categories.isPending) body = <LoadingState label={t('reports.loading')} />;
  else if (report.isError && !report.data) {
    const forbidden = report.error instanceof ApiError && report.error.status === 403;
    body = forbidden ? (
      <ErrorState error={report.error} title={t('reports.forbidden')} />
    ) : (
      <Stack gap="sm" align="flex-start">
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        {params.size > 0 && (
          <Button variant="default" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('reports.filters.reset')}
          </Button>
        )}
      </Stack>
    );
  } else if (report.data) {
    body = (
      <SupplyDemandReportView
        report={report.data}
        updating={report.isPlaceholderData || report.isFetching}
        filters={filters}
        view={view}
        onChange={change}
        categories={categories.data ?? []}
        municipalities={isAdmin ? (municipalities.data ?? []).map((m) => ({ code: m.code, name: m.name })) : null}
        areaName={municipalityName(report.data.filters.municipality)}
        sites={sites}
        actions={actions}
      />
    );
  }

  return (
    <ContentLayout title={t('reports.title')} intro={t('reports.intro')}>
      {body}
    </ContentLayout>
  );
}
