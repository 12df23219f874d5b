import { Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { ImportColumnKey, ImportIssue, ImportResult, ImportRowResult } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import classes from './import-preview.module.css';

/** The columns the preview shows; any other problem is listed in the last column. */
const shown = ['title', 'category', 'quantity', 'unit', 'condition', 'price'] as const satisfies readonly ImportColumnKey[];
type ShownKey = (typeof shown)[number];

/** Enough to find the bad rows; a 5,000-row file would make the page slow for nothing. */
const MAX_ROWS = 300;

/** Which of the preview's columns an issue belongs to, from the header the server names in it. */
function issueKey(issue: ImportIssue, result: ImportResult): ShownKey | null {
  const key = result.columns.find((column) => column.header === issue.column)?.key;
  return (shown as readonly string[]).includes(key ?? '') ? (key as ShownKey) : null;
}

export function ImportPreview({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'all' | 'errors'>(result.invalid > 0 ? 'errors' : 'all');
  const rows = filter === 'errors' ? result.rows.filter((row) => !row.ok) : result.rows;
  const visible = rows.slice(0, MAX_ROWS);

  return (
    <Stack gap="sm">
      {result.invalid > 0 && (
        <SegmentedControl
          aria-label={t('imports.preview.filterLabel')}
          value={filter}
          onChange={(value) => setFilter(value === 'errors' ? 'errors' : 'all')}
          data={[
            { value: 'errors', label: t('imports.preview.onlyErrors', { count: result.invalid }) },
            { value: 'all', label: t('imports.preview.allRows', { count: result.total }) },
          ]}
          w="fit-content"
        />
      )}
      <Table.ScrollContainer minWidth={960} type="native">
        <Table verticalSpacing="xs" className={classes.table} withTableBorder>
          <Table.Caption className={classes.caption}>
            {rows.length > MAX_ROWS ? t('imports.preview.truncated', { shown: MAX_ROWS, count: rows.length }) : t('imports.preview.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.preview.row')}</Table.Th>
              {shown.map((key) => (
                <Table.Th key={key}>{t(`imports.columns.${key}`)}</Table.Th>
              ))}
              <Table.Th>{t('imports.preview.otherProblems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((row) => (
              <PreviewRow key={row.row} row={row} result={result} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function PreviewRow({ row, result }: { row: ImportRowResult; result: ImportResult }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const byKey = new Map<ShownKey, ImportIssue[]>();
  const other: ImportIssue[] = [];
  for (const issue of row.errors) {
    const key = issueKey(issue, result);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), issue]);
    else other.push(issue);
  }
  const lot = row.lot;
  const value = (key: ShownKey): string => {
    if (!lot) return '';
    switch (key) {
      case 'title':
        return lot.title;
      case 'category':
        return i18n.resolvedLanguage === 'en' ? lot.categoryNameEn : lot.categoryName;
      case 'quantity':
        return format.number(lot.quantity);
      case 'unit':
        return t(`lots.units.${lot.unit}`);
      case 'condition':
        return lot.condition;
      case 'price':
        return Number(lot.priceDkk) === 0 ? t('lots.free') : format.dkk(lot.priceDkk);
    }
  };

  return (
    <Table.Tr className={row.ok ? undefined : classes.badRow} data-import-row={row.row} data-ok={row.ok}>
      <Table.Td className={classes.rowNumber}>
        <Stack gap={2} align="flex-start">
          <Text size="sm" fw={600}>
            {row.row}
          </Text>
          {row.ok ? (
            <Badge size="xs" color="moss" variant="light">
              {t('imports.preview.ok')}
            </Badge>
          ) : (
            <Badge size="xs" color="red" variant="filled">
              {t('imports.preview.error')}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      {shown.map((key) => {
        const issues = byKey.get(key);
        return (
          <Table.Td key={key} className={issues ? classes.badCell : undefined} data-column={key} data-invalid={issues ? true : undefined}>
            {issues ? <Issues issues={issues} /> : (value(key) || <span aria-label={t('imports.preview.noValue')}>–</span>)}
          </Table.Td>
        );
      })}
      <Table.Td className={other.length > 0 ? classes.badCell : undefined}>{other.length > 0 && <Issues issues={other} withColumn />}</Table.Td>
    </Table.Tr>
  );
}

/** The server's messages are in English; they are marked so that screen readers pronounce them right. */
function Issues({ issues, withColumn = false }: { issues: ImportIssue[]; withColumn?: boolean }) {
  return (
    <Stack gap={2}>
      {issues.map((issue, index) => (
        <Text key={index} size="sm" className={classes.issue}>
          {withColumn && <strong>{issue.column}: </strong>}
          <span lang="en">{issue.message}</span>
        </Text>
      ))}
    </Stack>
  );
}
