import { Paper, SimpleGrid, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { NumericTable, type NumericColumn } from '../../../components/numeric-table';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { PlannedDemolitionList } from '../api/get-planned-demolitions';

type CategoryTotal = PlannedDemolitionList['totals'][number];

/** The potential supply: the estimates of all listed buildings added up per category. */
export function EstimateTotals({ list }: { list: PlannedDemolitionList }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const tonnes = (kg: string | null) => (kg === null ? '–' : format.number(Number(kg) / 1000, { maximumFractionDigits: 1 }));
  const totals = [...list.totals].sort((a, b) => Number(b.kg) - Number(a.kg));
  const columns: NumericColumn<CategoryTotal>[] = [
    { key: 'category', header: t('planned.estimate.category'), rowHeader: true, cell: (item) => (language === 'en' ? item.categoryNameEn : item.categoryNameDa) },
    {
      key: 'quantity',
      header: t('planned.estimate.quantity'),
      align: 'number',
      cell: (item) => (item.quantity === null ? '–' : `${format.number(item.quantity, { maximumFractionDigits: 0 })} ${t(`reports.units.${item.unit}`)}`),
    },
    { key: 'tonnes', header: t('planned.estimate.tonnes'), align: 'number', cell: (item) => tonnes(item.kg) },
    { key: 'co2e', header: t('planned.estimate.co2e'), align: 'number', cell: (item) => tonnes(item.co2eKg) },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <Paper withBorder p="md" radius="md">
        {[
          { value: String(list.plannedDemolitions.length), label: t('planned.totals.buildings') },
          { value: `${tonnes(list.totalKg)} t`, label: t('planned.totals.tonnes') },
          { value: `${tonnes(list.totalCo2eKg)} t`, label: t('planned.totals.co2e') },
        ].map((figure, i) => (
          <Fragment key={figure.label}>
            <Text fw={700} fz={26} lh={1.2} mt={i > 0 ? 'sm' : undefined}>
              {figure.value}
            </Text>
            <Text size="sm" c="dimmed">
              {figure.label}
            </Text>
          </Fragment>
        ))}
      </Paper>
      <Paper withBorder p="md" radius="md" style={{ gridColumn: 'span 2' }}>
        <NumericTable columns={columns} rows={totals} rowKey={(item) => item.categoryId} caption={t('planned.totals.caption')} appearance="plain" />
      </Paper>
    </SimpleGrid>
  );
}
