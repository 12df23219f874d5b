import { Table } from '@mantine/core';
import type { ReportRow } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { measureValue } from '../utils/report-data';
import { useReportFormat } from '../utils/report-format';
import { FigureCell } from './figure-cell';
import classes from './report.module.css';

const measures = ['potential', 'listed', 'reserved', 'collected', 'demand', 'unmet'] as const;

/** The map's figures per postcode, for reading and for print. */
export function AreaTable({ rows, unit, caption }: { rows: readonly ReportRow[]; unit: 't' | 'co2e'; caption: string }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const totals = rows.filter((row) => row.level === 'total');
  return (
    <Table.ScrollContainer minWidth={640} type="native" className={classes.scroll}>
      <Table className={classes.table} captionSide="top" verticalSpacing={4} horizontalSpacing="xs" withTableBorder>
        <Table.Caption className={classes.caption}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.areas.postcode')}</Table.Th>
            {measures.map((measure) => (
              <Table.Th key={measure} scope="col" className={classes.num}>
                {t(`reports.measures.${measure}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" className={classes.num}>
              {t('reports.table.reuseRate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {totals.map((row) => (
            <Table.Tr key={row.postcode ?? 'none'}>
              <Table.Th scope="row" fw={500}>
                {row.postcode ?? t('reports.areas.noPostcode')}
              </Table.Th>
              {measures.map((measure) => (
                <FigureCell key={measure} value={measureValue(row, measure, unit)} unit={unit} />
              ))}
              <Table.Td className={classes.num}>{format.rate(row.reuseRate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
