import { ActionIcon, Badge, Box, Button, Collapse, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { PlannedDemolition } from '@byg360/shared';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { NumericTable, type NumericColumn } from '../../../components/numeric-table';
import { EmptyBlock } from '../../../components/query-state';
import { describeApiError } from '../../../lib/form-errors';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { notify } from '../../../lib/notify';
import { useDeletePlannedDemolition } from '../api/delete-planned-demolition';
import type { PlannedDemolitionList as ListData } from '../api/get-planned-demolitions';
import { PlannedDemolitionForm } from './planned-demolition-form';
import classes from './planned.module.css';

interface PlannedDemolitionListProps {
  list: ListData;
  municipalities: readonly { code: string; name: string }[] | null;
  /** After a change, deletion or import: the caller refreshes what the potential supply feeds. */
  onChanged: () => void;
  /** Shown in the empty state: how to add the first one. */
  emptyAction?: ReactNode;
}

type EstimateItem = PlannedDemolition['estimate']['items'][number];

const tonnes = (kg: string | null) => (kg === null ? null : Number(kg) / 1000);

/** The municipality's planned demolitions with their estimates (open a row for the estimate per category). */
export function PlannedDemolitionList({ list, municipalities, onChanged, emptyAction }: PlannedDemolitionListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<PlannedDemolition | null>(null);
  const [deleting, setDeleting] = useState<PlannedDemolition | null>(null);
  const remove = useDeletePlannedDemolition({
    onSuccess: () => {
      notify(t('planned.list.deleted'));
      setDeleting(null);
      onChanged();
    },
    onError: (error) => notify(describeApiError(error, t).formError ?? t('errors.unexpected'), { tone: 'error' }),
  });

  const rows = [...list.plannedDemolitions].sort((a, b) => a.expectedYear - b.expectedYear || (a.address ?? a.postcode).localeCompare(b.address ?? b.postcode, 'da'));
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const t1 = (kg: string | null) => {
    const value = tonnes(kg);
    return value === null ? '–' : format.number(value, { maximumFractionDigits: value < 10 ? 2 : 1 });
  };

  if (rows.length === 0) {
    return (
      <EmptyBlock title={t('planned.list.emptyTitle')} action={emptyAction}>
        {t('planned.list.emptyBody')}
      </EmptyBlock>
    );
  }

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={980} type="native">
        <Table className={classes.table} captionSide="top" verticalSpacing="xs" withTableBorder highlightOnHover data-planned-table>
          <Table.Caption className={classes.caption}>{t('planned.list.caption', { count: rows.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planned.fields.address')}</Table.Th>
              <Table.Th scope="col">{t('planned.fields.buildingUse')}</Table.Th>
              <Table.Th scope="col">{t('planned.fields.constructionType')}</Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('planned.list.built')}
              </Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('planned.list.area')}
              </Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('planned.list.expected')}
              </Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('planned.list.estimateT')}
              </Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('planned.list.estimateCo2e')}
              </Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('planned.list.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => {
              const expanded = open.has(p.id);
              const detailsId = `planned-${p.id}`;
              return (
                <Fragment key={p.id}>
                  <Table.Tr data-planned-id={p.id}>
                    <Table.Th scope="row" fw={500}>
                      {p.address ?? p.postcode}
                      {p.address && !p.address.includes(p.postcode) && (
                        <Text span size="sm" c="dimmed">
                          {' '}
                          · {p.postcode}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{t(`planned.buildingUses.${p.buildingUse}`)}</Table.Td>
                    <Table.Td>{t(`planned.constructionTypes.${p.constructionType}`)}</Table.Td>
                    <Table.Td className={classes.num}>{p.constructionYear ?? '–'}</Table.Td>
                    <Table.Td className={classes.num}>{format.number(p.floorAreaM2, { maximumFractionDigits: 1 })} m²</Table.Td>
                    <Table.Td className={classes.num}>{p.expectedYear}</Table.Td>
                    <Table.Td className={classes.num}>{p.estimate.match === 'none' ? <Badge color="gray" variant="light">{t('planned.match.none')}</Badge> : t1(p.estimate.totalKg)}</Table.Td>
                    <Table.Td className={classes.num}>{p.estimate.match === 'none' ? '–' : t1(p.estimate.totalCo2eKg)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button variant="subtle" size="compact-sm" onClick={() => toggle(p.id)} aria-expanded={expanded} aria-controls={detailsId}>
                          {expanded ? t('planned.list.hideEstimate') : t('planned.list.showEstimate')}
                        </Button>
                        <Button variant="subtle" size="compact-sm" onClick={() => setEditing(p)} aria-label={t('planned.list.editLabel', { name: p.address ?? p.postcode })}>
                          {t('planned.list.edit')}
                        </Button>
                        <ActionIcon variant="subtle" color="red" onClick={() => setDeleting(p)} aria-label={t('planned.list.deleteLabel', { name: p.address ?? p.postcode })}>
                          <span aria-hidden>×</span>
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr className={expanded ? classes.detailsRow : classes.collapsedRow}>
                    <Table.Td colSpan={9} p={0}>
                      <Collapse expanded={expanded} id={detailsId}>
                        <EstimateDetails plannedDemolition={p} />
                      </Collapse>
                    </Table.Td>
                  </Table.Tr>
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('planned.form.editTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        {editing && (
          <PlannedDemolitionForm
            plannedDemolition={editing}
            municipalities={municipalities}
            onSaved={() => {
              notify(t('planned.form.saved'));
              setEditing(null);
              onChanged();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>

      <ConfirmDialog
        opened={deleting !== null}
        title={t('planned.list.confirmDeleteTitle')}
        confirmLabel={t('planned.list.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onClose={() => setDeleting(null)}
      >
        {t('planned.list.confirmDelete', { name: deleting?.address ?? deleting?.postcode ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}

/** The estimate of one building: the archetype it was matched to, and the material per category. */
function EstimateDetails({ plannedDemolition: p }: { plannedDemolition: PlannedDemolition }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const { estimate } = p;
  const sources = [...new Set(estimate.items.map((item) => item.source))];
  const heading = estimate.archetypeLabel ? estimate.archetypeLabel[language] : t('planned.match.noArchetype');
  const columns: NumericColumn<EstimateItem>[] = [
    { key: 'category', header: t('planned.estimate.category'), rowHeader: true, cell: (item) => (language === 'en' ? item.categoryNameEn : item.categoryNameDa) },
    { key: 'kgPerM2', header: t('planned.estimate.kgPerM2'), align: 'number', cell: (item) => format.number(item.kgPerM2, { maximumFractionDigits: 1 }) },
    {
      key: 'quantity',
      header: t('planned.estimate.quantity'),
      align: 'number',
      cell: (item) => (item.quantity === null ? '–' : `${format.number(item.quantity, { maximumFractionDigits: 1 })} ${t(`reports.units.${item.unit}`)}`),
    },
    { key: 'tonnes', header: t('planned.estimate.tonnes'), align: 'number', cell: (item) => format.number(Number(item.kg) / 1000, { maximumFractionDigits: 2 }) },
    { key: 'co2e', header: t('planned.estimate.co2e'), align: 'number', cell: (item) => (item.co2eKg === null ? '–' : format.number(Number(item.co2eKg) / 1000, { maximumFractionDigits: 2 })) },
  ];
  return (
    <Stack gap="xs" p="md" className={classes.details}>
      <Group gap="xs">
        <Title order={3} size="h5">
          {heading}
        </Title>
        <Badge variant="light" color={estimate.match === 'exact' ? 'moss' : estimate.match === 'nearest-era' ? 'yellow' : 'gray'}>
          {t(`planned.match.${estimate.match === 'nearest-era' ? 'nearestEra' : estimate.match}`)}
        </Badge>
      </Group>
      {p.note && <Text size="sm">{p.note}</Text>}
      {estimate.items.length > 0 && (
        <Box maw={720}>
          <NumericTable columns={columns} rows={estimate.items} rowKey={(item) => item.intensityId} caption={heading} hideCaption appearance="plain" />
        </Box>
      )}
      {sources.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" fw={600}>
            {t('planned.estimate.sources')}
          </Text>
          {sources.map((source) => (
            <Text key={source} size="xs" c="dimmed" lang="en" className={classes.source}>
              {source}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
