import { Table, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './numeric-table.module.css';

export interface NumericColumn<Row> {
  /** Unique within the table. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** `number`: right-aligned in tabular figures and never wrapped (its header may wrap); `text` (the default): left-aligned. */
  align?: 'text' | 'number';
  /** The column that names each row: its cells are row headers, so that a screen reader reads the name with every figure. */
  rowHeader?: boolean;
  /** On each body cell, e.g. a code that must not wrap. */
  className?: string;
  /** The cells' language where it is not the page's (factor sources are in English). */
  lang?: string;
  /** The column's figure in the total row. */
  total?: ReactNode;
}

/** What one body row adds to its `<tr>`. */
export interface NumericRowProps {
  /** E.g. a group row's emphasis. */
  className?: string;
  /** Drawn like the total row, for a sum that stays among the body rows (a grand total after its groups). */
  total?: boolean;
  [dataAttribute: `data-${string}`]: string | undefined;
}

interface NumericTableProps<Row> {
  columns: readonly NumericColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowProps?: (row: Row) => NumericRowProps;
  /** What the table shows. Every table has one; `hideCaption` leaves it to screen readers where a heading above already says it. */
  caption: string;
  hideCaption?: boolean;
  /** Shows a total row at the foot, this label in the row-header column and each column's `total`. */
  totalLabel?: string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** `bordered`: a table of its own on the page; `plain`: no borders and tighter rows, for a table inside a card or a panel. */
  appearance?: 'bordered' | 'plain';
  /** Overrides the appearance's cell padding, for a table with many columns. */
  verticalSpacing?: MantineSpacing | number;
  horizontalSpacing?: MantineSpacing | number;
  /** Narrower than this, the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  /** A feature's own classes on top of these, e.g. its print rules. */
  classNames?: { scroll?: string; table?: string; caption?: string };
  /** Hooks for tests and print styles, e.g. `data-fate-table`. */
  [dataAttribute: `data-${string}`]: string | boolean | undefined;
}

const join = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/** Figures by row and column: numbers right-aligned in tabular figures, a caption, row headers and an optional total row. */
export function NumericTable<Row>({
  columns,
  rows,
  rowKey,
  rowProps,
  caption,
  hideCaption = false,
  totalLabel,
  empty,
  appearance = 'bordered',
  verticalSpacing,
  horizontalSpacing = 'xs',
  minWidth,
  classNames,
  ...dataAttributes
}: NumericTableProps<Row>) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty ?? t('numericTable.empty')}
      </Text>
    );
  }

  const cellClass = (column: NumericColumn<Row>, className?: string) => join(column.align === 'number' && classes.num, className);
  const plain = appearance === 'plain';
  const labelColumn = columns.find((column) => column.rowHeader) ?? columns[0];
  const table = (
    <Table
      className={join(classes.table, classNames?.table)}
      tabularNums
      captionSide="top"
      verticalSpacing={verticalSpacing ?? (plain ? 4 : 6)}
      horizontalSpacing={horizontalSpacing}
      withTableBorder={!plain}
      withRowBorders={!plain}
      {...dataAttributes}
    >
      <Table.Caption ta="left" className={join(hideCaption && classes.hiddenCaption, classNames?.caption)}>
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.key} scope="col" className={cellClass(column)}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const { className, total, ...rowData } = rowProps?.(row) ?? {};
          return (
            <Table.Tr key={rowKey(row)} className={join(total && classes.total, className)} {...rowData}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <Table.Th key={column.key} scope="row" className={cellClass(column, join(classes.rowHeader, column.className))} lang={column.lang}>
                    {column.cell(row)}
                  </Table.Th>
                ) : (
                  <Table.Td key={column.key} className={cellClass(column, column.className)} lang={column.lang}>
                    {column.cell(row)}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      {totalLabel !== undefined && (
        <Table.Tfoot className={classes.total}>
          <Table.Tr>
            {columns.map((column) =>
              column === labelColumn ? (
                <Table.Th key={column.key} scope="row" className={cellClass(column)}>
                  {totalLabel}
                </Table.Th>
              ) : (
                <Table.Td key={column.key} className={cellClass(column)}>
                  {column.total}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
  if (minWidth === undefined) return table;
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" className={classNames?.scroll}>
      {table}
    </Table.ScrollContainer>
  );
}
