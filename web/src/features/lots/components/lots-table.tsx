import { Anchor, Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { Lot } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { MutationConfig } from '../../../lib/react-query';
import type { updateLot } from '../api/update-lot';
import { categoryName } from '../utils/categories';
import { isLotSortKey, sortLots, type LotSortKey, type SortDirection } from '../utils/sort-lots';
import { unitLabel } from '../utils/units';
import { LotStatusActions } from './lot-status-actions';
import { LotStatusBadge } from './lot-status-badge';
import classes from './lots-table.module.css';

interface LotsTableProps {
  lots: readonly Lot[];
  canPublish: boolean;
  onStatusChanged?: MutationConfig<typeof updateLot>['onSuccess'];
}

/** The lots of a project; the sort order lives in the URL (?sort=title&dir=asc) so that it survives a reload and can be shared. */
export function LotsTable({ lots, canPublish, onStatusChanged }: LotsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const requested = params.get('sort');
  const sortKey: LotSortKey = isLotSortKey(requested) ? requested : 'updated';
  const direction: SortDirection = params.get('dir') === 'asc' ? 'asc' : params.get('dir') === 'desc' ? 'desc' : sortKey === 'updated' ? 'desc' : 'asc';
  const sorted = sortLots(lots, sortKey, direction, language);

  const sortBy = (key: LotSortKey) => {
    const next: SortDirection = key === sortKey ? (direction === 'asc' ? 'desc' : 'asc') : key === 'updated' ? 'desc' : 'asc';
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('sort', key);
        updated.set('dir', next);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  };

  const header = (key: LotSortKey, label: string) => {
    const active = key === sortKey;
    return (
      <Table.Th aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <UnstyledButton onClick={() => sortBy(key)} className={classes.sortButton}>
          {label}
          <span aria-hidden className={classes.sortMark} data-active={active || undefined}>
            {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
          <VisuallyHidden>{t('lots.table.sortBy')}</VisuallyHidden>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table verticalSpacing="sm" highlightOnHover className={classes.table}>
        <Table.Caption className={classes.caption}>{t('lots.table.caption', { count: lots.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('title', t('lots.table.title'))}
            {header('category', t('lots.table.category'))}
            {header('quantity', t('lots.table.quantity'))}
            <Table.Th>{t('lots.table.condition')}</Table.Th>
            <Table.Th>{t('lots.table.price')}</Table.Th>
            {header('status', t('lots.table.status'))}
            {header('updated', t('lots.table.updated'))}
            <Table.Th>{t('lots.table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((lot) => {
            const unit = unitLabel(lot.unit, t);
            return (
              <Table.Tr key={lot.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.workspace.editLot.getHref(lot.id)} fw={600}>
                    {lot.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('lots.table.photoCount', { count: lot.photos.length })}
                  </Text>
                </Table.Td>
                <Table.Td>{categoryName(lot.category, language)}</Table.Td>
                <Table.Td className={classes.number}>
                  {format.number(lot.quantity)} {unit}
                  {lot.quantityLeft !== lot.quantity && (
                    <Text size="xs" c="dimmed">
                      {t('lots.table.left', { quantity: format.number(lot.quantityLeft), unit })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{lot.condition}</Table.Td>
                <Table.Td className={classes.number}>
                  {Number(lot.priceDkk) === 0 ? t('lots.free') : t('lots.pricePerUnit', { price: format.dkk(lot.priceDkk), unit })}
                </Table.Td>
                <Table.Td className={classes.nowrap}>
                  <LotStatusBadge status={lot.status} />
                </Table.Td>
                <Table.Td className={classes.nowrap}>{format.date(lot.updatedAt)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <LotStatusActions lot={lot} canPublish={canPublish} onChanged={onStatusChanged} />
                    {lot.status !== 'draft' && (
                      <Anchor component={Link} to={paths.lot.getHref(lot.id)} size="sm" className={classes.nowrap}>
                        {t('lots.table.view')}
                        <VisuallyHidden>: {lot.title}</VisuallyHidden>
                      </Anchor>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
