import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { PlannedDemolitionList } from '../api/get-planned-demolitions';
import classes from './planned.module.css';

/** The potential supply: the estimates of all listed buildings added up per category. */
export function EstimateTotals({ list }: { list: PlannedDemolitionList }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const tonnes = (kg: string | null) => (kg === null ? '–' : format.number(Number(kg) / 1000, { maximumFractionDigits: 1 }));
  const totals = [...list.totals].sort((a, b) => Number(b.kg) - Number(a.kg));
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
        <Table className={classes.table} captionSide="top" verticalSpacing={4} withRowBorders={false}>
          <Table.Caption className={classes.caption}>{t('planned.totals.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planned.estimate.category')}</Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('planned.estimate.quantity')}
              </Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('planned.estimate.tonnes')}
              </Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('planned.estimate.co2e')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {totals.map((item) => (
              <Table.Tr key={item.categoryId}>
                <Table.Td>{language === 'en' ? item.categoryNameEn : item.categoryNameDa}</Table.Td>
                <Table.Td className={classes.num}>
                  {item.quantity === null ? '–' : `${format.number(item.quantity, { maximumFractionDigits: 0 })} ${t(`reports.units.${item.unit}`)}`}
                </Table.Td>
                <Table.Td className={classes.num}>{tonnes(item.kg)}</Table.Td>
                <Table.Td className={classes.num}>{tonnes(item.co2eKg)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </SimpleGrid>
  );
}
