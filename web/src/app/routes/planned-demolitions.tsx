import { Anchor, Button, Paper, Stack, Tabs } from '@mantine/core';
import type { User } from '@byg360/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useMunicipalities } from '../../features/auth/api/get-municipalities';
import { usePlannedDemolitions } from '../../features/planned-demolitions/api/get-planned-demolitions';
import { EstimateTotals } from '../../features/planned-demolitions/components/estimate-totals';
import { PlannedDemolitionImportWizard } from '../../features/planned-demolitions/components/planned-demolition-import-wizard';
import { PlannedDemolitionForm } from '../../features/planned-demolitions/components/planned-demolition-form';
import { PlannedDemolitionList } from '../../features/planned-demolitions/components/planned-demolition-list';
import { invalidateSupplyDemandReports } from '../../features/reports/api/get-supply-demand-report';
import { ApiError } from '../../lib/api-client';
import { notify } from '../../lib/notify';
import { RequirePlanner } from '../layout/require-planner';

const tabs = ['list', 'new', 'import'] as const;
type Tab = (typeof tabs)[number];

export function PlannedDemolitionsRoute() {
  const { t } = useTranslation();
  return <RequirePlanner title={t('planned.title')}>{(user) => <PlannedDemolitionsPage user={user} />}</RequirePlanner>;
}

function PlannedDemolitionsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((value) => value === params.get('view')) ?? 'list';
  const list = usePlannedDemolitions();
  const municipalities = useMunicipalities({ enabled: user.role === 'admin' });
  const municipalityChoices = user.role === 'admin' ? (municipalities.data ?? []).map((m) => ({ code: m.code, name: m.name })) : null;

  const show = (next: Tab) => setParams(next === 'list' ? {} : { view: next }, { preventScrollReset: true });
  // The potential supply feeds the reports: cached ones are out of date after a change.
  const changed = () => void invalidateSupplyDemandReports(queryClient);

  let listBody;
  if (list.isPending) listBody = <LoadingState />;
  else if (list.isError) {
    const forbidden = list.error instanceof ApiError && list.error.status === 403;
    listBody = <ErrorState error={list.error} title={forbidden ? t('planned.errors.forbidden') : undefined} onRetry={forbidden ? undefined : () => void list.refetch()} />;
  } else {
    listBody = (
      <Stack gap="lg">
        {list.data.plannedDemolitions.length > 0 && <EstimateTotals list={list.data} />}
        <PlannedDemolitionList
          list={list.data}
          municipalities={municipalityChoices}
          onChanged={changed}
          emptyAction={<Button onClick={() => show('new')}>{t('planned.tabs.new')}</Button>}
        />
      </Stack>
    );
  }

  return (
    <ContentLayout title={t('planned.title')} intro={t('planned.intro')}>
      <Anchor component={Link} to={paths.reports.supplyDemand.getHref()} size="sm">
        {t('planned.backToReport')}
      </Anchor>
      <Tabs value={tab} onChange={(value) => show(tabs.find((v) => v === value) ?? 'list')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('planned.tabs.list')}</Tabs.Tab>
          <Tabs.Tab value="new">{t('planned.tabs.new')}</Tabs.Tab>
          <Tabs.Tab value="import">{t('planned.tabs.import')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="lg">
          {listBody}
        </Tabs.Panel>
        <Tabs.Panel value="new" pt="lg">
          <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" maw={860}>
            <PlannedDemolitionForm
              municipalities={municipalityChoices}
              onSaved={() => {
                notify(t('planned.form.created'));
                changed();
                show('list');
              }}
              onCancel={() => show('list')}
            />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="lg">
          <PlannedDemolitionImportWizard onCommitted={changed} onDone={() => show('list')} />
        </Tabs.Panel>
      </Tabs>
    </ContentLayout>
  );
}
