import { Alert, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { Category, SupplyDemandReport } from '@byg360/shared';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import {
  areaFigures,
  categoryChartData,
  chartUnit,
  effectiveScale,
  isEmptyReport,
  periodChartData,
  periodLabel,
  postcodePlaces,
  type LatLon,
} from '../utils/report-data';
import type { ReportFilters, ReportParam, ReportView } from '../utils/report-filters';
import { AreaTable } from './area-table';
import { CategoryChart } from './category-chart';
import { ExportButtons } from './export-buttons';
import { FactorList } from './factor-list';
import { KeyFigures } from './key-figures';
import { MeasureDefinitions } from './measure-definitions';
import { MeasureLegend } from './measure-legend';
import { PeriodChart } from './period-chart';
import { ReportFiltersPanel, type MunicipalityChoice } from './report-filters-panel';
import { ReportSection } from './report-section';
import { ReportTable } from './report-table';
import { SupplyDemandMap } from './supply-demand-map';
import classes from './report.module.css';

export interface SupplyDemandReportViewProps {
  report: SupplyDemandReport;
  /** A changed filter is loading; the figures shown are the previous ones. */
  updating: boolean;
  filters: ReportFilters;
  view: ReportView;
  onChange: (changes: Partial<Record<ReportParam, string | null>>) => void;
  categories: readonly Category[];
  municipalities: readonly MunicipalityChoice[] | null;
  /** The area the report covers, in words ("Bornholm", "Alle kommuner"). */
  areaName: string;
  /** Known points with a postcode (planned demolitions), to place the postcodes the server has no position for. */
  sites: readonly ({ postcode: string } & LatLon)[];
  /** Links shown beside the export buttons (planned demolitions, learning cases). */
  actions?: ReactNode;
}

/** The planner's report: filters, key figures, charts, map, table, definitions and factors; prints as a clean PDF. */
export function SupplyDemandReportView({ report, updating, filters, view, onChange, categories, municipalities, areaName, sites, actions }: SupplyDemandReportViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const unit = chartUnit(view.unit);
  const unitLabel = t(`reports.view.unitShort.${unit}`);

  const categoryData = useMemo(() => categoryChartData(report, unit, language), [report, unit, language]);
  const periodData = useMemo(
    () => periodChartData(report, unit, (key) => periodLabel(key, report.filters.granularity, language, (quarter, year) => t('reports.quarter', { quarter, year }))),
    [report, unit, language, t],
  );
  const scale = effectiveScale(view.scale, [...categoryData, ...periodData]);
  const sitePlaces = useMemo(() => postcodePlaces(sites), [sites]);
  const areas = useMemo(() => areaFigures(report, unit, sitePlaces), [report, unit, sitePlaces]);

  const total = report.byCategory.find((row) => row.level === 'total');
  const categoryName = (slug: string) => {
    const category = categories.find((c) => c.slug === slug);
    return category ? (language === 'en' ? category.nameEn : category.nameDa) : slug;
  };
  const scope = [
    areaName,
    report.filters.postcode ? t('reports.scope.postcode', { postcode: report.filters.postcode }) : null,
    `${format.date(report.filters.from)} – ${format.date(report.filters.to)}`,
    report.filters.category ? categoryName(report.filters.category) : t('reports.scope.allCategories'),
    t('reports.scope.granularity', { granularity: t(`reports.granularities.${report.filters.granularity}`).toLowerCase() }),
    t('reports.scope.generated', { at: format.dateTime(report.generatedAt) }),
  ]
    .filter(Boolean)
    .join(' · ');
  const empty = isEmptyReport(report);

  return (
    <div className={classes.report} data-report-print>
      <Stack gap={6}>
        <Group justify="space-between" align="center" gap="sm" preventGrowOverflow={false}>
          <Text className={classes.scope} data-report-scope>
            {scope}
          </Text>
          <div className={classes.screenOnly}>{actions}</div>
        </Group>
        {updating && (
          <Group gap={6} role="status" className={classes.screenOnly}>
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('reports.updating')}
            </Text>
          </Group>
        )}
      </Stack>

      <ExportButtons filters={filters} />

      <ReportFiltersPanel
        filters={filters}
        view={view}
        effectiveScale={scale}
        onChange={onChange}
        categories={categories}
        municipalities={municipalities}
        fixedMunicipality={municipalities ? null : areaName}
        effectivePeriod={{ from: report.filters.from, to: report.filters.to }}
      />

      <div className={updating ? classes.updating : undefined} aria-busy={updating}>
        {empty || !total ? (
          <Paper withBorder radius="md">
            <EmptyBlock title={t('reports.empty.title')}>{t('reports.empty.body')}</EmptyBlock>
          </Paper>
        ) : (
          <Stack gap="xl" className={classes.sections}>
            <ReportSection title={t('reports.sections.keyFigures')}>
              <KeyFigures total={total} unit={unit} />
              {report.plannedDemolitions.count > 0 && (
                <Text size="sm" c="dimmed">
                  {t('reports.plannedNote', { count: report.plannedDemolitions.count })}
                  {report.plannedDemolitions.withoutEstimate > 0 && ` ${t('reports.withoutEstimate', { count: report.plannedDemolitions.withoutEstimate })}`}
                </Text>
              )}
            </ReportSection>

            <ReportSection title={t('reports.sections.byCategory')} intro={view.unit === 'quantity' ? t('reports.charts.tonnesNote') : undefined}>
              <MeasureLegend />
              <CategoryChart data={categoryData} scale={scale} unitLabel={unitLabel} title={t('reports.sections.byCategory')} />
              {scale === 'log' && (
                <Text size="xs" c="dimmed">
                  {t('reports.charts.logNote')}
                </Text>
              )}
            </ReportSection>

            <ReportSection title={t('reports.sections.byPeriod', { granularity: t(`reports.granularities.${report.filters.granularity}`).toLowerCase() })}>
              <MeasureLegend />
              <PeriodChart data={periodData} scale={scale} unitLabel={unitLabel} title={t('reports.sections.byPeriod', { granularity: report.filters.granularity })} />
            </ReportSection>

            <ReportSection title={t('reports.sections.map')} intro={t('reports.map.intro')}>
              <SupplyDemandMap areas={areas} filters={report.filters} unitLabel={unitLabel} />
              <AreaTable rows={report.byArea} unit={unit} caption={t('reports.areas.caption', { unit: unitLabel })} />
            </ReportSection>

            <ReportSection title={t('reports.sections.table')} breakable>
              <ReportTable rows={report.byCategory} unit={view.unit} caption={t('reports.table.caption')} />
              {total.withoutMass > 0 && (
                <Alert color="yellow" variant="light">
                  {t('reports.table.withoutMass', { count: total.withoutMass })}
                </Alert>
              )}
            </ReportSection>

            <ReportSection title={t('reports.sections.definitions')} breakable>
              <MeasureDefinitions />
            </ReportSection>

            <ReportSection title={t('reports.sections.factors')} intro={t('reports.factors.intro')} breakable>
              <FactorList factors={report.factors} intensities={report.intensities} />
            </ReportSection>
          </Stack>
        )}
      </div>
    </div>
  );
}
