import type { ReportRow } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { NumericTable, type NumericColumn } from '../../../components/numeric-table';
import { useMeasureColumns } from './measure-columns';
import classes from './report.module.css';

const measures = ['potential', 'listed', 'reserved', 'collected', 'demand', 'unmet'] as const;

/** The map's figures per postcode, for reading and for print. */
export function AreaTable({ rows, unit, caption }: { rows: readonly ReportRow[]; unit: 't' | 'co2e'; caption: string }) {
  const { t } = useTranslation();
  const columns: NumericColumn<ReportRow>[] = [
    { key: 'postcode', header: t('reports.areas.postcode'), rowHeader: true, cell: (row) => row.postcode ?? t('reports.areas.noPostcode') },
    ...useMeasureColumns(measures, unit),
  ];
  return (
    <NumericTable
      columns={columns}
      rows={rows.filter((row) => row.level === 'total')}
      rowKey={(row) => row.postcode ?? 'none'}
      caption={caption}
      verticalSpacing={4}
      minWidth={640}
      classNames={{ scroll: classes.scroll, table: classes.table, caption: classes.caption }}
    />
  );
}
