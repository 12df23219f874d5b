import { Table } from '@mantine/core';
import { reportMeasures, type ReportRow } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { measureValue, rowName } from '../utils/report-data';
import type { ReportUnit } from '../utils/report-filters';
import { useReportFormat } from '../utils/report-format';
import { FigureCell } from './figure-cell';
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
  const format = useReportFormat();
  const language = currentLanguage();
  const unitLabel = unit === 'quantity' ? null : t(`reports.view.unitShort.${unit}`);

  const name = (row: ReportRow) => {
    if (row.level === 'total') return t('reports.table.total');
    const own = rowName(row, language);
    // Items recorded on a top-level category itself rather than on a subcategory.
    return row.level === 'category' && row.categorySlug === row.groupSlug ? t('reports.table.groupItself', { name: own }) : own;
  };

  return (
    <Table.ScrollContainer minWidth={960} type="native" className={classes.scroll}>
      <Table className={classes.table} captionSide="top" verticalSpacing={6} horizontalSpacing={6} withTableBorder data-report-table>
        <Table.Caption className={classes.caption}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.table.category')}</Table.Th>
            {unit === 'quantity' && <Table.Th scope="col">{t('reports.table.unit')}</Table.Th>}
            {reportMeasures.map((measure) => (
              <Table.Th key={measure} scope="col" className={classes.num}>
                {t(`reports.measures.${measure}`)}
                {unitLabel && <div className={classes.unitHint}>{unitLabel}</div>}
              </Table.Th>
            ))}
            <Table.Th scope="col" className={classes.num}>
              {t('reports.table.reuseRate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={`${row.level}-${row.categorySlug ?? 'total'}`}
              className={row.level === 'group' ? classes.groupRow : row.level === 'total' ? classes.totalRow : undefined}
              data-level={row.level}
              data-category={row.categorySlug ?? undefined}
            >
              <Table.Th scope="row" fw={row.level === 'category' ? 400 : undefined} className={row.level === 'category' ? classes.childName : undefined}>
                {name(row)}
                {row.ewcCode && (
                  <span className={classes.ewc}>
                    {t('reports.table.ewcShort')} {row.ewcCode}
                  </span>
                )}
              </Table.Th>
              {unit === 'quantity' && <Table.Td>{row.unit ? t(`reports.units.${row.unit}`) : '–'}</Table.Td>}
              {reportMeasures.map((measure) => (
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
