import { reportMeasures, type ReportRow } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { NumericTable, type NumericColumn } from '../../../components/numeric-table';
import { currentLanguage } from '../../../lib/i18n';
import { rowName } from '../utils/report-data';
import type { ReportUnit } from '../utils/report-filters';
import { useMeasureColumns } from './measure-columns';
import classes from './report.module.css';

interface ReportTableProps {
  rows: readonly ReportRow[];
  unit: ReportUnit;
  caption: string;
}

/**
 * Every measure per category: each top-level category (bold, its subcategories' sum) followed by
 * its subcategories, and the total. In the lots' unit a row that mixes units shows "–".
 */
export function ReportTable({ rows, unit, caption }: ReportTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const measureColumns = useMeasureColumns(reportMeasures, unit, unit === 'quantity' ? null : t(`reports.view.unitShort.${unit}`));

  const name = (row: ReportRow) => {
    if (row.level === 'total') return t('reports.table.total');
    const own = rowName(row, language);
    // Items recorded on a top-level category itself rather than on a subcategory.
    return row.level === 'category' && row.categorySlug === row.groupSlug ? t('reports.table.groupItself', { name: own }) : own;
  };

  const columns: NumericColumn<ReportRow>[] = [
    {
      key: 'category',
      header: t('reports.table.category'),
      rowHeader: true,
      cell: (row) => (
        <>
          {name(row)}
          {row.ewcCode && (
            <span className={classes.ewc}>
              {t('reports.table.ewcShort')} {row.ewcCode}
            </span>
          )}
        </>
      ),
    },
    ...(unit === 'quantity' ? [{ key: 'unit', header: t('reports.table.unit'), cell: (row: ReportRow) => (row.unit ? t(`reports.units.${row.unit}`) : '–') }] : []),
    ...measureColumns,
  ];

  return (
    <NumericTable
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.level}-${row.categorySlug ?? 'total'}`}
      // The total stays in the body, after its groups, rather than in a footer that print would repeat on every page.
      rowProps={(row) => ({
        className: row.level === 'group' ? classes.groupRow : row.level === 'category' ? classes.childRow : undefined,
        total: row.level === 'total',
        'data-level': row.level,
        'data-category': row.categorySlug ?? undefined,
      })}
      caption={caption}
      horizontalSpacing={6}
      minWidth={960}
      classNames={{ scroll: classes.scroll, table: classes.table, caption: classes.caption }}
      data-report-table
    />
  );
}
