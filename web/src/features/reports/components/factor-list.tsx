import { Stack, Text, Title } from '@mantine/core';
import { archetypeLabels, type ReportFactor } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { NumericTable, type NumericColumn } from '../../../components/numeric-table';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import classes from './report.module.css';

export interface IntensityRow {
  id: string;
  archetype: string;
  categorySlug: string;
  kgPerM2: string;
  source: string;
}

interface FactorListProps {
  factors: readonly ReportFactor[];
  /** The material intensities behind the potential supply, when the report used any. */
  intensities?: readonly IntensityRow[];
}

/** Every factor behind the figures, with where it comes from, so that each number can be checked. */
export function FactorList({ factors, intensities = [] }: FactorListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const used = factors.filter((f) => f.kgPerUnit !== null || f.co2eKgPerKg !== null || f.source !== null);
  const nameOf = (slug: string) => {
    const factor = factors.find((f) => f.slug === slug);
    return factor ? (language === 'en' ? factor.nameEn : factor.nameDa) : slug;
  };

  const factorColumns: NumericColumn<ReportFactor>[] = [
    { key: 'category', header: t('reports.table.category'), rowHeader: true, cell: (factor) => (language === 'en' ? factor.nameEn : factor.nameDa) },
    {
      key: 'kgPerUnit',
      header: t('reports.factors.kgPerUnit'),
      align: 'number',
      cell: (factor) => (factor.kgPerUnit === null ? '–' : `${format.number(factor.kgPerUnit, { maximumFractionDigits: 4 })} kg/${t(`reports.units.${factor.unit}`)}`),
    },
    { key: 'co2e', header: t('reports.factors.co2e'), align: 'number', cell: (factor) => (factor.co2eKgPerKg === null ? '–' : format.number(factor.co2eKgPerKg, { maximumFractionDigits: 4 })) },
    { key: 'scope', header: t('reports.factors.scope'), cell: (factor) => factor.co2eScope ?? '–' },
    { key: 'ewc', header: t('reports.table.ewc'), className: classes.code, cell: (factor) => factor.ewcCode ?? '–' },
    { key: 'source', header: t('reports.factors.source'), className: classes.source, lang: 'en', cell: (factor) => factor.source ?? t('reports.factors.noSource') },
  ];
  const intensityColumns: NumericColumn<IntensityRow>[] = [
    { key: 'archetype', header: t('reports.factors.archetype'), cell: (row) => archetypeLabels[row.archetype]?.[language] ?? row.archetype },
    { key: 'category', header: t('reports.table.category'), cell: (row) => nameOf(row.categorySlug) },
    { key: 'kgPerM2', header: t('reports.factors.kgPerM2'), align: 'number', cell: (row) => format.number(row.kgPerM2, { maximumFractionDigits: 2 }) },
    { key: 'source', header: t('reports.factors.source'), className: classes.source, lang: 'en', cell: (row) => row.source },
  ];
  const reportClasses = { scroll: classes.scroll, table: classes.table };

  return (
    <Stack gap="lg">
      <NumericTable
        columns={factorColumns}
        rows={used}
        rowKey={(factor) => factor.categoryId}
        caption={t('reports.factors.caption')}
        minWidth={760}
        classNames={reportClasses}
        data-factor-table
      />

      {intensities.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('reports.factors.intensitiesTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reports.factors.intensitiesIntro')}
          </Text>
          <NumericTable
            columns={intensityColumns}
            rows={intensities}
            rowKey={(row) => row.id}
            caption={t('reports.factors.intensitiesTitle')}
            hideCaption
            minWidth={760}
            classNames={reportClasses}
          />
        </Stack>
      )}
    </Stack>
  );
}
