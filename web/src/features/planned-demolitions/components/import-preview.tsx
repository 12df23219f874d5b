import { Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { archetypeLabels, type PlannedDemolitionImportColumnKey, type PlannedDemolitionImportResult } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import classes from './planned.module.css';

type Row = PlannedDemolitionImportResult['rows'][number];
type Issue = Row['errors'][number];

/** The columns the preview shows; a problem in any other column is listed in the last one. */
const shown = ['address', 'postcode', 'buildingUse', 'constructionType', 'constructionYear', 'floorAreaM2', 'expectedYear'] as const satisfies readonly PlannedDemolitionImportColumnKey[];
type ShownKey = (typeof shown)[number];

/** Enough to find the bad rows; thousands of rows would make the page slow for nothing. */
const MAX_ROWS = 300;

function issueKey(issue: Issue, result: PlannedDemolitionImportResult): ShownKey | null {
  const key = result.columns.find((column) => column.header === issue.column)?.key;
  return (shown as readonly string[]).includes(key ?? '') ? (key as ShownKey) : null;
}

/** Every row of a dry run: what it will become, or what is wrong, cell by cell. */
export function ImportPreview({ result }: { result: PlannedDemolitionImportResult }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'all' | 'errors'>(result.invalid > 0 ? 'errors' : 'all');
  const rows = filter === 'errors' ? result.rows.filter((row) => !row.ok) : result.rows;
  const visible = rows.slice(0, MAX_ROWS);

  return (
    <Stack gap="sm">
      {result.invalid > 0 && (
        <SegmentedControl
          aria-label={t('planned.import.filterLabel')}
          value={filter}
          onChange={(value) => setFilter(value === 'errors' ? 'errors' : 'all')}
          data={[
            { value: 'errors', label: t('planned.import.onlyErrors', { count: result.invalid }) },
            { value: 'all', label: t('planned.import.allRows', { count: result.total }) },
          ]}
          w="fit-content"
        />
      )}
      <Table.ScrollContainer minWidth={1040} type="native">
        <Table verticalSpacing="xs" className={classes.table} withTableBorder data-import-preview>
          <Table.Caption className={classes.caption}>
            {rows.length > MAX_ROWS ? t('planned.import.truncated', { shown: MAX_ROWS, count: rows.length }) : t('planned.import.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planned.import.row')}</Table.Th>
              {shown.map((key) => (
                <Table.Th key={key} scope="col">
                  {t(`planned.import.columns.${key}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('planned.import.estimate')}</Table.Th>
              <Table.Th scope="col">{t('planned.import.otherProblems')}</Table.Th>
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

function PreviewRow({ row, result }: { row: Row; result: PlannedDemolitionImportResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const byKey = new Map<ShownKey, Issue[]>();
  const other: Issue[] = [];
  for (const issue of row.errors) {
    const key = issueKey(issue, result);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), issue]);
    else other.push(issue);
  }
  const p = row.plannedDemolition;
  const value = (key: ShownKey): string => {
    if (!p) return '';
    switch (key) {
      case 'address':
        return p.address ?? '';
      case 'postcode':
        return p.postcode;
      case 'buildingUse':
        return t(`planned.buildingUses.${p.buildingUse}`);
      case 'constructionType':
        return t(`planned.constructionTypes.${p.constructionType}`);
      case 'constructionYear':
        return p.constructionYear === null ? '' : String(p.constructionYear);
      case 'floorAreaM2':
        return `${format.number(p.floorAreaM2, { maximumFractionDigits: 1 })} m²`;
      case 'expectedYear':
        return String(p.expectedYear);
    }
  };

  return (
    <Table.Tr className={row.ok ? undefined : classes.badRow} data-import-row={row.row} data-ok={row.ok}>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <Text size="sm" fw={600}>
            {row.row}
          </Text>
          {row.ok ? (
            <Badge size="xs" color="moss" variant="light">
              {t('planned.import.ok')}
            </Badge>
          ) : (
            <Badge size="xs" color="red" variant="filled">
              {t('planned.import.error')}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      {shown.map((key) => {
        const issues = byKey.get(key);
        return (
          <Table.Td key={key} className={issues ? classes.badCell : undefined} data-column={key} data-invalid={issues ? true : undefined}>
            {issues ? <Issues issues={issues} /> : value(key) || <span aria-label={t('planned.import.noValue')}>–</span>}
          </Table.Td>
        );
      })}
      <Table.Td>
        {p &&
          (p.archetype ? (
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                {format.number(Number(p.estimatedKg) / 1000, { maximumFractionDigits: 1 })} t
              </Text>
              <Text size="xs" c="dimmed">
                {archetypeLabels[p.archetype]?.[language] ?? p.archetype}
              </Text>
            </Stack>
          ) : (
            <Badge color="gray" variant="light">
              {t('planned.match.none')}
            </Badge>
          ))}
      </Table.Td>
      <Table.Td className={other.length > 0 ? classes.badCell : undefined}>{other.length > 0 && <Issues issues={other} withColumn />}</Table.Td>
    </Table.Tr>
  );
}

/** The server's messages are in English; they are marked so that screen readers pronounce them right. */
function Issues({ issues, withColumn = false }: { issues: Issue[]; withColumn?: boolean }) {
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
