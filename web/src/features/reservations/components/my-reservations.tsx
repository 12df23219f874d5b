import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Reservation } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyBlock, ErrorState, LoadingState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { notify } from '../../../lib/notify';
import { useCancelReservation } from '../api/cancel-reservation';
import { useReservations } from '../api/get-reservations';
import { actionErrorMessage } from '../utils/action-errors';
import { countByStatus, parseStatusFilter, type StatusFilter } from '../utils/status-filter';
import { unitLabel } from '../utils/units';
import { ContactCard } from './contact-card';
import { ReservationFacts } from './reservation-facts';
import { ReservationStatusBadge } from './reservation-status-badge';
import { StatusFilterChips } from './status-filter';

/** The signed-in user's own requests: status, what and when, the pick-up contact once accepted, and cancel. */
export function MyReservations() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = parseStatusFilter(searchParams.get('status'));
  const query = useReservations({ as: 'requester' }, { refetchInterval: 60_000 });
  const [cancelling, setCancelling] = useState<Reservation | null>(null);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const cancel = useCancelReservation({
    onSuccess: () => {
      notify(t('reservations.mine.cancelled'));
      setCancelling(null);
    },
    onError: (error) => setCancelError(actionErrorMessage(error, t)),
  });

  const setStatus = (next: StatusFilter) =>
    setSearchParams(
      (params) => {
        if (next === 'all') params.delete('status');
        else params.set('status', next);
        return params;
      },
      { replace: true },
    );

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} title={t('reservations.mine.loadFailed')} onRetry={() => void query.refetch()} />;

  const all = query.data;
  if (all.length === 0) {
    return (
      <EmptyBlock
        title={t('reservations.mine.empty')}
        action={
          <Button component={Link} to={paths.map.getHref()}>
            {t('reservations.mine.toMap')}
          </Button>
        }
      >
        {t('reservations.mine.emptyHint')}
      </EmptyBlock>
    );
  }
  const shown = status === 'all' ? all : all.filter((r) => r.status === status);

  return (
    <Stack gap="md">
      <StatusFilterChips value={status} onChange={setStatus} counts={countByStatus(all)} total={all.length} />
      {shown.length === 0 ? (
        <EmptyBlock title={t('reservations.mine.emptyFiltered', { status: t(`reservations.status.${status as Reservation['status']}`) })} />
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} aria-label={t('reservations.mine.listLabel')} style={{ listStyle: 'none' }}>
          {shown.map((reservation) => (
            <li key={reservation.id}>
              <MyReservationCard
                reservation={reservation}
                onCancel={() => {
                  setCancelError(null);
                  setCancelling(reservation);
                }}
              />
            </li>
          ))}
        </Stack>
      )}
      <ConfirmDialog
        opened={cancelling !== null}
        title={t('reservations.mine.cancelTitle')}
        confirmLabel={t('reservations.mine.cancelYes')}
        danger
        loading={cancel.isPending}
        onConfirm={() => cancelling && cancel.mutate({ id: cancelling.id })}
        onClose={() => setCancelling(null)}
      >
        <Stack gap="sm">
          {cancelError && (
            <Text c="red.9" role="alert">
              {cancelError}
            </Text>
          )}
          <Text>
            {cancelling &&
              t('reservations.mine.cancelConfirm', {
                quantity: format.number(cancelling.quantity),
                unit: unitLabel(cancelling.lot.unit, t),
                lot: cancelling.lot.title,
              })}
          </Text>
        </Stack>
      </ConfirmDialog>
    </Stack>
  );
}

function MyReservationCard({ reservation: r, onCancel }: { reservation: Reservation; onCancel: () => void }) {
  const { t } = useTranslation();
  const canCancel = r.status === 'pending' || r.status === 'accepted';
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-label={r.lot.title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Title order={2} size="h4">
            <Anchor component={Link} to={paths.lot.getHref(r.lot.id)} inherit>
              {r.lot.title}
            </Anchor>
          </Title>
          <ReservationStatusBadge status={r.status} />
        </Group>
        <ReservationFacts reservation={r} side="requester" />
        {r.contact && <ContactCard contact={r.contact} />}
        {canCancel && (
          <Group justify="flex-end">
            <Button variant="default" color="red" onClick={onCancel}>
              {t('reservations.mine.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
