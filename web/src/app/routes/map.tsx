import { Alert, Badge, Button, Drawer, SegmentedControl, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Bbox, Category, SearchHit } from '@byg360/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { paths } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';
import { useCategories } from '../../features/lots/api/get-categories';
import { useSearchLots } from '../../features/search/api/search-lots';
import { ActiveFilters, useFilterPills } from '../../features/search/components/active-filters';
import { NearMe, type LocateError } from '../../features/search/components/near-me';
import { SearchBox } from '../../features/search/components/search-box';
import { SearchFilters } from '../../features/search/components/search-filters';
import { SearchMap } from '../../features/search/components/search-map';
import { SearchResults } from '../../features/search/components/search-results';
import { SortSelect } from '../../features/search/components/sort-select';
import { categoryName, toggleCategory } from '../../features/search/utils/facets';
import { bboxCenter, bboxRadiusKm, DENMARK_BBOX } from '../../lib/geo';
import {
  activeFilterCount,
  clearFilters,
  DEFAULT_RADIUS_KM,
  parseSearchState,
  searchQuery,
  searchStateToString,
  toSavedSearch,
  withFilters,
  type SearchState,
} from '../../features/search/utils/search-state';
import { SaveSearchDialog, type SavedSearchPlace } from '../../features/wanted/components/save-search-dialog';
import { currentLanguage } from '../../lib/i18n';
import classes from './map.module.css';

/** The widest radius a wanted post may cover. */
const MAX_ALERT_RADIUS_KM = 500;

/**
 * The front door: search, facet filters, a result list that follows the map, and the map with
 * clusters. The whole state lives in the URL; filter changes add a history entry, moving the map
 * replaces the current one.
 */
export function MapRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const wide = useMediaQuery('(min-width: 75em)', true, { getInitialValueInEffect: false });
  const twoColumns = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [saveOpen, setSaveOpen] = useState(false);
  const [highlighted, setHighlighted] = useState<SearchHit | null>(null);
  const [locateError, setLocateError] = useState<LocateError | null>(null);

  const categories = useCategories();
  const categoryList = categories.data ?? [];
  const { data: user } = useUser();

  const go = useCallback(
    (next: SearchState, { replace = false } = {}) => {
      const search = searchStateToString(next);
      if (search === searchStateToString(latest.current)) return;
      void navigate({ search }, { replace, preventScrollReset: true });
    },
    [navigate],
  );
  // From the latest URL rather than this render's: "near me" answers seconds later, the map may have moved since.
  const change = (patch: Parameters<typeof withFilters>[1]) => go(withFilters(latest.current, patch));
  const moved = useCallback((bbox: Bbox) => go({ ...latest.current, bbox, page: 1 }, { replace: true }), [go]);

  const limitedToArea = state.bbox !== null || state.near !== null;
  const showMap = twoColumns || state.view === 'map';
  // A shown map reports its view at once; searching before that would fetch a result only to replace it.
  const result = useSearchLots(searchQuery(state), { enabled: !showMap || limitedToArea });
  const facets = result.data?.facets;
  const municipalityNames = useMemo(() => new Map((facets?.municipality ?? []).map((m) => [m.value, m.name])), [facets]);
  const pills = useFilterPills(state, categoryList, municipalityNames, language);
  const filterCount = activeFilterCount(state);
  const total = result.data?.total;

  const filters = (
    <SearchFilters state={state} facets={facets} categories={categoryList} language={language} onChange={change} />
  );

  return (
    <Stack gap="sm" className={classes.page}>
      <PageTitle title={t('map.title')} />
      <Title order={1} size="h2">
        {t('map.title')}
      </Title>

      <div className={classes.toolbar}>
        <SearchBox
          value={state.q}
          categories={categoryList}
          language={language}
          onSearch={(q) => change({ q })}
          onCategory={(slug) => change({ q: '', category: state.category.includes(slug) ? state.category : toggleCategory(categoryList, state.category, slug) })}
          onLot={(id) => void navigate(paths.lot.getHref(id))}
        />
        {!wide && (
          <Button
            variant="default"
            onClick={() => setFiltersOpen(true)}
            rightSection={filterCount > 0 ? <Badge size="sm" circle>{filterCount}</Badge> : null}
            aria-label={filterCount > 0 ? t('search.filters.openWithCount', { count: filterCount }) : undefined}
          >
            {t('search.filters.open')}
          </Button>
        )}
        <NearMe
          near={state.near}
          radiusKm={state.radiusKm}
          onLocate={(near) => change({ near, radiusKm: latest.current.radiusKm ?? DEFAULT_RADIUS_KM, bbox: null, sort: 'nearest' })}
          onRadius={(radiusKm) => change({ radiusKm, bbox: null })}
          onClear={() => change({ near: null })}
          onError={setLocateError}
        />
        {user ? (
          <Button variant="default" onClick={() => setSaveOpen(true)}>
            {t('wanted.save.button')}
          </Button>
        ) : (
          <Button variant="default" component={Link} to={paths.auth.login.getHref(`${location.pathname}${location.search}`)}>
            {t('wanted.save.button')}
            <VisuallyHidden>{t('wanted.save.loginFirst')}</VisuallyHidden>
          </Button>
        )}
      </div>

      {locateError && (
        <Alert color="yellow" variant="light" withCloseButton onClose={() => setLocateError(null)} closeButtonLabel={t('app.close')} role="alert">
          {t(`search.near.errors.${locateError}`)}
        </Alert>
      )}

      <ActiveFilters
        state={state}
        categories={categoryList}
        municipalityNames={municipalityNames}
        language={language}
        onChange={(next) => go(next)}
        onClearAll={() => go(withFilters(clearFilters(state), { q: '', near: null }))}
      />

      {!twoColumns && (
        <SegmentedControl
          fullWidth
          value={state.view}
          onChange={(view) => go({ ...state, view: view as SearchState['view'] }, { replace: true })}
          data={[
            { value: 'map', label: t('map.showMap') },
            { value: 'list', label: total === undefined ? t('map.showList') : t('map.showListCount', { count: total }) },
          ]}
          aria-label={t('map.viewToggle')}
        />
      )}

      <div className={classes.layout} data-view={twoColumns ? undefined : state.view}>
        {wide && (
          <aside className={classes.filters} aria-label={t('search.filters.title')}>
            {filters}
          </aside>
        )}
        <section className={classes.list} aria-label={t('search.results.regionLabel')}>
          <div className={classes.listHeader}>
            <SortSelect value={state.sort} hasNear={state.near !== null} onChange={(sort) => go({ ...state, sort, page: 1 })} />
          </div>
          <SearchResults
            state={state}
            result={result}
            language={language}
            onPage={(page) => go({ ...state, page })}
            onHighlight={setHighlighted}
            canClearFilters={filterCount > 0 || state.q !== ''}
            onClearFilters={() => go(withFilters(clearFilters(state), { q: '' }))}
            limitedToArea={limitedToArea}
            onSearchEverywhere={() => go(withFilters(state, { bbox: DENMARK_BBOX, near: null }))}
          />
        </section>
        <section className={classes.map} aria-label={t('map.regionLabel')}>
          <SearchMap
            state={state}
            categories={categoryList}
            language={language}
            highlighted={highlighted}
            active={showMap}
            height="var(--map-height)"
            onUserMove={moved}
          />
        </section>
      </div>

      <Drawer
        opened={filtersOpen && !wide}
        onClose={() => setFiltersOpen(false)}
        title={t('search.filters.title')}
        position="left"
        size="sm"
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <Stack gap="lg">
          {filters}
          <div className={classes.drawerFooter}>
            <Button onClick={() => setFiltersOpen(false)} fullWidth>
              {total === undefined ? t('search.filters.done') : t('search.filters.showResults', { count: total })}
            </Button>
          </div>
        </Stack>
      </Drawer>

      {saveOpen && (
        <SaveSearchDialog
          opened
          onClose={() => setSaveOpen(false)}
          search={toSavedSearch(state)}
          place={alertPlace(state)}
          summary={pills.map((pill) => pill.label)}
          suggestedTitle={suggestedTitle(state, categoryList, language)}
          myListHref={`${paths.wanted.list.getHref()}?tab=mine`}
        />
      )}
    </Stack>
  );
}

/** Where a saved search alerts: "near me" as it is, or the circle around the map's view. */
function alertPlace(state: SearchState): SavedSearchPlace | null {
  if (state.near) return { ...state.near, radiusKm: state.radiusKm ?? DEFAULT_RADIUS_KM };
  if (state.bbox) return { ...bboxCenter(state.bbox), radiusKm: Math.min(MAX_ALERT_RADIUS_KM, bboxRadiusKm(state.bbox)) };
  return null;
}

function suggestedTitle(state: SearchState, categories: readonly Category[], language: 'da' | 'en'): string {
  const first = categories.find((c) => c.slug === state.category[0]);
  const title = state.q || (first ? categoryName(first, language) : '');
  return title.length >= 3 ? title.slice(0, 200) : '';
}
