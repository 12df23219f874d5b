import { Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { ImportIssue, ImportResultBase } from '@byg360/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { importIssueText } from './import-issue-text';
import type { ImportTexts } from './import-texts';
import classes from './import-preview.module.css';

type Row<Result extends ImportResultBase> = Result['rows'][number];

/** A column of the file shown in the preview; problems in it are shown in its cell. */
export interface ImportPreviewColumn<Item, Key extends string = string> {
  /** The column's key, as the server names it in the result's `columns`. */
  key: Key;
  header: string;
  /** The cell's text for a valid row; empty shows a dash. */
  value: (item: Item) => string;
}

/** A column the import adds (an estimate, say), shown after the file's columns. */
export interface ImportPreviewExtraColumn<Item> {
  header: string;
  cell: (item: Item | undefined) => ReactNode;
}

interface ImportPreviewProps<Result extends ImportResultBase, Item> {
  texts: ImportTexts;
  result: Result;
  /** What a row will become; absent for a bad row. */
  itemOf: (row: Row<Result>) => Item | undefined;
  columns: readonly ImportPreviewColumn<Item>[];
  extraColumns?: readonly ImportPreviewExtraColumn<Item>[];
  /** Below this width the table scrolls sideways. */
  minWidth: number;
}

/** Enough to find the bad rows; thousands of rows would make the page slow for nothing. */
const MAX_ROWS = 300;

/** Every row of a dry run: what it will become, or what is wrong, cell by cell; a problem in any column not shown is listed in the last one. */
export function ImportPreview<Result extends ImportResultBase, Item>({ texts, result, itemOf, columns, extraColumns = [], minWidth }: ImportPreviewProps<Result, Item>) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'all' | 'errors'>(result.invalid > 0 ? 'errors' : 'all');
  const rows = filter === 'errors' ? result.rows.filter((row) => !row.ok) : result.rows;
  const visible = rows.slice(0, MAX_ROWS);
  /** Which shown column an issue belongs to, from the header the server names in it. */
  const shownKeyOf = (issue: ImportIssue): string | null => {
    const key = result.columns.find((column) => column.header === issue.column)?.key;
    return key && columns.some((column) => column.key === key) ? key : null;
  };

  return (
    <Stack gap="sm">
      {result.invalid > 0 && (
        <SegmentedControl
          aria-label={t(`${texts}.preview.filterLabel`)}
          value={filter}
          onChange={(value) => setFilter(value === 'errors' ? 'errors' : 'all')}
          data={[
            { value: 'errors', label: t(`${texts}.preview.onlyErrors`, { count: result.invalid }) },
            { value: 'all', label: t(`${texts}.preview.allRows`, { count: result.total }) },
          ]}
          w="fit-content"
        />
      )}
      <Table.ScrollContainer minWidth={minWidth} type="native">
        <Table verticalSpacing="xs" captionSide="top" tabularNums className={classes.table} withTableBorder data-import-preview>
          <Table.Caption className={classes.caption}>
            {rows.length > MAX_ROWS ? t(`${texts}.preview.truncated`, { shown: MAX_ROWS, count: rows.length }) : t(`${texts}.preview.caption`)}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${texts}.preview.row`)}</Table.Th>
              {[...columns, ...extraColumns].map((column) => (
                <Table.Th key={column.header} scope="col">
                  {column.header}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t(`${texts}.preview.otherProblems`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((row) => (
              <PreviewRow
                key={row.row}
                texts={texts}
                row={row}
                item={itemOf(row)}
                columns={columns}
                extraColumns={extraColumns}
                shownKeyOf={shownKeyOf}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

interface PreviewRowProps<Item> {
  texts: ImportTexts;
  row: ImportResultBase['rows'][number];
  item: Item | undefined;
  columns: readonly ImportPreviewColumn<Item>[];
  extraColumns: readonly ImportPreviewExtraColumn<Item>[];
  shownKeyOf: (issue: ImportIssue) => string | null;
}

function PreviewRow<Item>({ texts, row, item, columns, extraColumns, shownKeyOf }: PreviewRowProps<Item>) {
  const { t } = useTranslation();
  const byKey = new Map<string, ImportIssue[]>();
  const other: ImportIssue[] = [];
  for (const issue of row.errors) {
    const key = shownKeyOf(issue);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), issue]);
    else other.push(issue);
  }

  return (
    <Table.Tr className={row.ok ? undefined : classes.badRow} data-import-row={row.row} data-ok={row.ok}>
      <Table.Td className={classes.rowNumber}>
        <Stack gap={2} align="flex-start">
          <Text size="sm" fw={600}>
            {row.row}
          </Text>
          {row.ok ? (
            <Badge size="xs" color="moss" variant="light">
              {t(`${texts}.preview.ok`)}
            </Badge>
          ) : (
            <Badge size="xs" color="red" variant="filled">
              {t(`${texts}.preview.error`)}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      {columns.map((column) => {
        const issues = byKey.get(column.key);
        return (
          <Table.Td key={column.key} className={issues ? classes.badCell : undefined} data-column={column.key} data-invalid={issues ? true : undefined}>
            {issues ? <Issues issues={issues} /> : (item && column.value(item)) || <span aria-label={t(`${texts}.preview.noValue`)}>–</span>}
          </Table.Td>
        );
      })}
      {extraColumns.map((column) => (
        <Table.Td key={column.header}>{column.cell(item)}</Table.Td>
      ))}
      <Table.Td className={other.length > 0 ? classes.badCell : undefined}>{other.length > 0 && <Issues issues={other} withColumn />}</Table.Td>
    </Table.Tr>
  );
}

/** Each issue in the page's language; one the catalogue has no text for is shown in the server's English, marked so that screen readers pronounce it right. */
function Issues({ issues, withColumn = false }: { issues: ImportIssue[]; withColumn?: boolean }) {
  const { i18n } = useTranslation();
  return (
    <Stack gap={2}>
      {issues.map((issue, index) => {
        const { text, lang } = importIssueText(issue, i18n, currentLanguage());
        return (
          <Text key={index} size="sm" className={classes.issue}>
            {withColumn && <strong>{issue.column}: </strong>}
            <span lang={lang}>{text}</span>
          </Text>
        );
      })}
    </Stack>
  );
}
