import type { ReportMeasure, ReportRow } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import type { NumericColumn } from '../../../components/numeric-table';
import { measureValue } from '../utils/report-data';
import type { ReportUnit } from '../utils/report-filters';
import { useReportFormat } from '../utils/report-format';
import classes from './report.module.css';

/**
 * A figure column per measure, then the reuse rate: the columns both report tables share.
 * Zeros are greyed so that the figures that are there stand out; `unitHint` goes under each measure's header.
 */
export function useMeasureColumns(measures: readonly ReportMeasure[], unit: ReportUnit, unitHint?: string | null): NumericColumn<ReportRow>[] {
  const { t } = useTranslation();
  const format = useReportFormat();
  const figure = (value: number | null) => (value === 0 ? <span className={classes.zero}>0</span> : format.figure(value, unit));
  return [
    ...measures.map(
      (measure): NumericColumn<ReportRow> => ({
        key: measure,
        header: (
          <>
            {t(`reports.measures.${measure}`)}
            {unitHint && <div className={classes.unitHint}>{unitHint}</div>}
          </>
        ),
        align: 'number',
        cell: (row) => figure(measureValue(row, measure, unit)),
      }),
    ),
    { key: 'reuseRate', header: t('reports.table.reuseRate'), align: 'number', cell: (row) => format.rate(row.reuseRate) },
  ];
}
