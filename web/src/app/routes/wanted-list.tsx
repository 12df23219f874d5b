import { Alert, Button, Group, Pagination, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import type { Wanted } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';
import { useMunicipalities } from '../../features/auth/api/get-municipalities';
import { useCategories } from '../../features/lots/api/get-categories';
import { searchStateToString } from '../../features/search/utils/search-state';
import { useWantedList } from '../../features/wanted/api/get-wanted-list';
import { MyWantedList } from '../../features/wanted/components/my-wanted-list';
import { WantedCard } from '../../features/wanted/components/wanted-card';
import { categoryOptions } from '../../features/wanted/utils/categories';
import { wantedSearchState } from '../../features/wanted/utils/wanted-map';
import { currentLanguage } from '../../lib/i18n';

const PAGE_SIZE = 20;

/** Public demand (open wanted posts, without who posted them) and, for the logged-in user, their own posts. */
export function WantedListRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'mine' ? 'mine' : 'all';
  const { data: user } = useUser();
  const municipalities = useMunicipalities();
  const municipalityName = (code: string) => municipalities.data?.find((m) => m.code === code)?.name;

  const setTab = (value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === 'mine') next.set('tab', 'mine');
        else next.delete('tab');
        return next;
      },
      { preventScrollReset: true },
    );

  const newButton = user ? (
    <Button component={Link} to={paths.wanted.new.getHref()}>
      {t('wanted.list.new')}
    </Button>
  ) : (
    <Button component={Link} to={paths.auth.login.getHref(paths.wanted.new.getHref())}>
      {t('wanted.list.loginToPost')}
    </Button>
  );

  return (
    <ContentLayout title={t('wanted.list.title')} intro={t('wanted.list.intro')}>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" maw={640}>
          {t('wanted.list.privacy')}
        </Text>
        {newButton}
      </Group>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="all">{t('wanted.list.tabAll')}</Tabs.Tab>
          <Tabs.Tab value="mine">{t('wanted.list.tabMine')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="all">
          <PublicWantedList municipalityName={municipalityName} />
        </Tabs.Panel>
        <Tabs.Panel value="mine">
          {user ? (
            <MyWantedList
              language={language}
              municipalityName={municipalityName}
              mapHrefOf={mapHrefOf}
              newHref={paths.wanted.new.getHref()}
            />
          ) : (
            <Alert color="blue" variant="light">
              <Stack gap="sm" align="flex-start">
                <Text>{t('wanted.list.loginForMine')}</Text>
                <Button component={Link} to={paths.auth.login.getHref(`${location.pathname}${location.search}`)} size="sm">
                  {t('wanted.list.login')}
                </Button>
              </Stack>
            </Alert>
          )}
        </Tabs.Panel>
      </Tabs>
    </ContentLayout>
  );
}

/** The map page on what the post asks for (see wantedSearchState). */
function mapHrefOf(wanted: Wanted): string | null {
  const state = wantedSearchState(wanted);
  return state ? paths.map.getHref(searchStateToString(state)) : null;
}

function PublicWantedList({ municipalityName }: { municipalityName: (code: string) => string | undefined }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const categories = useCategories();
  const municipalities = useMunicipalities();
  const category = params.get('category') ?? null;
  const municipality = params.get('municipality') ?? null;
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const list = useWantedList({ category: category ?? undefined, municipality: municipality ?? undefined, page, pageSize: PAGE_SIZE });

  const setFilter = (key: 'category' | 'municipality' | 'page', value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { preventScrollReset: key !== 'page' },
    );

  const slugOptions = categoryOptions(categories.data ?? [], language, (name) => t('wanted.fields.anyOf', { name })).map((group) => ({
    ...group,
    items: group.items.map((item) => ({ ...item, value: categories.data?.find((c) => c.id === item.value)?.slug ?? item.value })),
  }));
  const pages = list.data ? Math.ceil(list.data.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={720}>
        <Select
          label={t('wanted.list.filterCategory')}
          placeholder={t('wanted.list.allCategories')}
          data={slugOptions}
          value={category}
          onChange={(value) => setFilter('category', value)}
          searchable
          clearable
          nothingFoundMessage={t('fields.nothingFound')}
        />
        <Select
          label={t('wanted.list.filterMunicipality')}
          placeholder={t('wanted.list.allMunicipalities')}
          data={(municipalities.data ?? []).map((m) => ({ value: m.code, label: m.name }))}
          value={municipality}
          onChange={(value) => setFilter('municipality', value)}
          searchable
          clearable
          nothingFoundMessage={t('fields.nothingFound')}
        />
      </SimpleGrid>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.wanted.length === 0 ? (
        <EmptyBlock title={t('wanted.list.emptyTitle')}>{t(category || municipality ? 'wanted.list.emptyFiltered' : 'wanted.list.empty')}</EmptyBlock>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('wanted.list.count', { count: list.data.total })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
            {list.data.wanted.map((wanted) => (
              <WantedCard key={wanted.id} wanted={wanted} language={language} municipalityName={municipalityName} />
            ))}
          </SimpleGrid>
          {pages > 1 && (
            <nav aria-label={t('search.results.pagesLabel')}>
              <Pagination
                total={pages}
                value={Math.min(page, pages)}
                onChange={(value) => setFilter('page', value > 1 ? String(value) : null)}
                getItemProps={(value) => ({ 'aria-label': t('search.results.page', { page: value }) })}
                getControlProps={(control) => ({ 'aria-label': t(`search.results.${control}Page`) })}
              />
            </nav>
          )}
        </>
      )}
    </Stack>
  );
}
