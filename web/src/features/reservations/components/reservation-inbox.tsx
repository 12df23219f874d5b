import { Alert, Anchor, Button, Card, Checkbox, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { Reservation } from '@byg360/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyBlock, ErrorState, LoadingState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { notify } from '../../../lib/notify';
import { acceptReservation, useAcceptReservation } from '../api/accept-reservation';
import { useCancelReservation } from '../api/cancel-reservation';
import { useCollectReservation } from '../api/collect-reservation';
import { declineReservation, useDeclineReservation } from '../api/decline-reservation';
import { useReservations } from '../api/get-reservations';
import { invalidateAfterReservationChange } from '../api/invalidate';
import { actionErrorMessage } from '../utils/action-errors';
import { countByStatus, inboxOrder, parseStatusFilter, type StatusFilter } from '../utils/status-filter';
import { ReasonDialog } from './reason-dialog';
import { ReservationFacts } from './reservation-facts';
import { ReservationStatusBadge } from './reservation-status-badge';
import { StatusFilterChips } from './status-filter';

type BulkAction = 'accept' | 'decline';

interface BulkResult {
  action: BulkAction;
  succeeded: number;
  failed: { reservation: Reservation; message: string }[];
}

/** A decline or a cancellation waiting for its reason; `ids` has several entries for a bulk decline. */
type ReasonRequest = { kind: 'decline'; ids: string[] } | { kind: 'cancel'; reservation: Reservation };

/**
 * The contractor's inbox: requests for the organisation's lots, most urgent first, filterable by
 * status and lot (kept in the URL), with one-by-one and bulk answers.
 */
export function ReservationInbox() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = parseStatusFilter(searchParams.get('status'));
  const lotId = searchParams.get('lot') ?? '';
  const query = useReservations({ as: 'contractor' }, { refetchInterval: 30_000 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkResult, setBulkResult] = useState<BulkResult | null>(null);
  const [bulkRunning, setBulkRunning] = useState<BulkAction | null>(null);
  const [reasonRequest, setReasonRequest] = useState<ReasonRequest | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const failed = (error: unknown) => notify(actionErrorMessage(error, t), { tone: 'error' });
  const done = () => setBusyId(null);
  const accept = useAcceptReservation({ onSuccess: (r) => notify(t('reservations.inbox.accepted', { name: r.requester.name })), onError: failed, onSettled: done });
  const collect = useCollectReservation({ onSuccess: () => notify(t('reservations.inbox.collected')), onError: failed, onSettled: done });
  const decline = useDeclineReservation({
    onSuccess: () => {
      notify(t('reservations.inbox.declined'));
      setReasonRequest(null);
    },
    onError: (error) => setReasonError(actionErrorMessage(error, t)),
  });
  const cancel = useCancelReservation({
    onSuccess: () => {
      notify(t('reservations.inbox.cancelledByUs'));
      setReasonRequest(null);
    },
    onError: (error) => setReasonError(actionErrorMessage(error, t)),
  });

  const all = useMemo(() => [...(query.data ?? [])].sort(inboxOrder), [query.data]);
  const lots = useMemo(() => {
    const byId = new Map<string, string>();
    for (const r of all) byId.set(r.lot.id, r.lot.title);
    return [...byId].sort((a, b) => a[1].localeCompare(b[1], 'da'));
  }, [all]);
  const ofLot = lotId ? all.filter((r) => r.lot.id === lotId) : all;
  const shown = status === 'all' ? ofLot : ofLot.filter((r) => r.status === status);
  const selectable = shown.filter((r) => r.status === 'pending');
  // Only what is on screen and still pending counts as selected: a refetch may have answered some.
  const selectedShown = selectable.filter((r) => selected.has(r.id));

  const setParam = (key: string, value: string | null) =>
    setSearchParams(
      (params) => {
        if (value) params.set(key, value);
        else params.delete(key);
        return params;
      },
      { replace: true },
    );
  const setStatus = (next: StatusFilter) => setParam('status', next === 'all' ? null : next);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const toggleAll = (on: boolean) => setSelected(on ? new Set(selectable.map((r) => r.id)) : new Set());

  /** Runs one request per reservation, all at once, and reports each outcome; one failure stops nothing. */
  const runBulk = async (action: BulkAction, targets: Reservation[], reason: string | null = null) => {
    setBulkRunning(action);
    setBulkResult(null);
    const results = await Promise.allSettled(
      targets.map((r) => (action === 'accept' ? acceptReservation({ id: r.id }) : declineReservation({ id: r.id, reason }))),
    );
    const failures = results.flatMap((result, i) => (result.status === 'rejected' ? [{ reservation: targets[i]!, message: actionErrorMessage(result.reason, t) }] : []));
    await Promise.all([...new Set(targets.map((r) => r.lot.id))].map((id) => invalidateAfterReservationChange(queryClient, id)));
    setSelected(new Set(failures.map((f) => f.reservation.id)));
    setBulkResult({ action, succeeded: targets.length - failures.length, failed: failures });
    setBulkRunning(null);
  };

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} title={t('reservations.inbox.loadFailed')} onRetry={() => void query.refetch()} />;
  if (all.length === 0) return <EmptyBlock title={t('reservations.inbox.empty')} />;

  const reasonTargets = reasonRequest?.kind === 'decline' ? all.filter((r) => reasonRequest.ids.includes(r.id)) : [];

  return (
    <Stack gap="md">
      <Group gap="lg" align="flex-end" wrap="wrap">
        <StatusFilterChips value={status} onChange={setStatus} counts={countByStatus(ofLot)} total={ofLot.length} />
        {lots.length > 1 && (
          <NativeSelect
            label={t('reservations.filters.lot')}
            size="sm"
            value={lotId}
            onChange={(event) => setParam('lot', event.currentTarget.value || null)}
            data={[{ value: '', label: t('reservations.filters.allLots') }, ...lots.map(([value, label]) => ({ value, label }))]}
            miw={220}
          />
        )}
      </Group>

      {bulkResult && (
        <Alert
          color={bulkResult.failed.length ? 'orange' : 'moss'}
          variant="light"
          role="status"
          title={t('reservations.inbox.bulkResultTitle')}
          withCloseButton
          closeButtonLabel={t('app.close')}
          onClose={() => setBulkResult(null)}
        >
          <Stack gap={4}>
            {bulkResult.succeeded > 0 && (
              <Text size="sm">
                {bulkResult.action === 'accept'
                  ? t('reservations.inbox.bulkAccepted', { count: bulkResult.succeeded })
                  : t('reservations.inbox.bulkDeclined', { count: bulkResult.succeeded })}
              </Text>
            )}
            {bulkResult.failed.length > 0 && (
              <>
                <Text size="sm" fw={600}>
                  {t('reservations.inbox.bulkFailed', { count: bulkResult.failed.length })}
                </Text>
                <List size="sm">
                  {bulkResult.failed.map(({ reservation, message }) => (
                    <List.Item key={reservation.id}>
                      {t('reservations.inbox.bulkFailedItem', { name: reservation.requester.name, lot: reservation.lot.title, error: message })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Alert>
      )}

      {selectable.length > 0 && (
        <Paper withBorder radius="md" p="sm" bg="gray.0" role="group" aria-label={t('reservations.inbox.bulkLabel')} pos="sticky" top={72} style={{ zIndex: 2 }}>
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Checkbox
              label={t('reservations.inbox.selectAll', { count: selectable.length })}
              checked={selectedShown.length === selectable.length}
              indeterminate={selectedShown.length > 0 && selectedShown.length < selectable.length}
              onChange={(event) => toggleAll(event.currentTarget.checked)}
            />
            <Group gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('reservations.inbox.selected', { count: selectedShown.length })}
              </Text>
              <Button
                size="sm"
                disabled={selectedShown.length === 0 || bulkRunning !== null}
                loading={bulkRunning === 'accept'}
                onClick={() => void runBulk('accept', selectedShown)}
              >
                {t('reservations.inbox.acceptSelected')}
              </Button>
              <Button
                size="sm"
                variant="default"
                disabled={selectedShown.length === 0 || bulkRunning !== null}
                loading={bulkRunning === 'decline'}
                onClick={() => {
                  setReasonError(null);
                  setReasonRequest({ kind: 'decline', ids: selectedShown.map((r) => r.id) });
                }}
              >
                {t('reservations.inbox.declineSelected')}
              </Button>
            </Group>
          </Group>
        </Paper>
      )}

      {shown.length === 0 ? (
        <EmptyBlock title={t('reservations.inbox.emptyFiltered')} />
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} aria-label={t('reservations.inbox.listLabel')} style={{ listStyle: 'none' }}>
          {shown.map((r) => (
            <li key={r.id}>
              <InboxItem
                reservation={r}
                selected={selected.has(r.id)}
                onSelect={(on) => toggle(r.id, on)}
                loading={busyId === r.id}
                disabled={busyId === r.id || bulkRunning !== null}
                onAccept={() => {
                  setBusyId(r.id);
                  accept.mutate({ id: r.id });
                }}
                onCollect={() => {
                  setBusyId(r.id);
                  collect.mutate({ id: r.id });
                }}
                onDecline={() => {
                  setReasonError(null);
                  setReasonRequest({ kind: 'decline', ids: [r.id] });
                }}
                onCancel={() => {
                  setReasonError(null);
                  setReasonRequest({ kind: 'cancel', reservation: r });
                }}
              />
            </li>
          ))}
        </Stack>
      )}

      <ReasonDialog
        opened={reasonRequest !== null}
        title={
          reasonRequest?.kind === 'cancel'
            ? t('reservations.inbox.cancelTitle')
            : reasonTargets.length > 1
              ? t('reservations.inbox.declineTitleBulk', { count: reasonTargets.length })
              : t('reservations.inbox.declineTitle')
        }
        reasonLabel={reasonRequest?.kind === 'cancel' ? t('reservations.inbox.cancelReason') : t('reservations.inbox.declineReason')}
        reasonRequired={reasonRequest?.kind === 'cancel'}
        confirmLabel={reasonRequest?.kind === 'cancel' ? t('reservations.inbox.confirmCancel') : t('reservations.inbox.confirmDecline')}
        loading={decline.isPending || cancel.isPending}
        error={reasonError}
        onClose={() => setReasonRequest(null)}
        onConfirm={(reason) => {
          if (!reasonRequest) return;
          if (reasonRequest.kind === 'cancel') cancel.mutate({ id: reasonRequest.reservation.id, reason });
          else if (reasonTargets.length === 1) decline.mutate({ id: reasonTargets[0]!.id, reason });
          else {
            setReasonRequest(null);
            void runBulk('decline', reasonTargets, reason);
          }
        }}
      >
        {reasonTargets.length > 1 ? (
          <List size="sm">
            {reasonTargets.map((r) => (
              <List.Item key={r.id}>
                {r.requester.name} – {r.lot.title}
              </List.Item>
            ))}
          </List>
        ) : undefined}
      </ReasonDialog>
    </Stack>
  );
}

interface InboxItemProps {
  reservation: Reservation;
  selected: boolean;
  loading: boolean;
  disabled: boolean;
  onSelect: (selected: boolean) => void;
  onAccept: () => void;
  onDecline: () => void;
  onCollect: () => void;
  onCancel: () => void;
}

function InboxItem({ reservation: r, selected, loading, disabled, onSelect, onAccept, onDecline, onCollect, onCancel }: InboxItemProps) {
  const { t } = useTranslation();
  const pending = r.status === 'pending';
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="article"
      aria-label={`${r.requester.name} – ${r.lot.title}`}
      bd={selected ? '2px solid var(--mantine-color-moss-6)' : undefined}
    >
      <Group align="flex-start" gap="md" wrap="nowrap">
        {pending && (
          <Checkbox
            mt={4}
            checked={selected}
            onChange={(event) => onSelect(event.currentTarget.checked)}
            aria-label={t('reservations.inbox.select', { name: r.requester.name, lot: r.lot.title })}
          />
        )}
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
            <Title order={2} size="h4">
              <Anchor component={Link} to={paths.lot.getHref(r.lot.id)} inherit>
                {r.lot.title}
              </Anchor>
            </Title>
            <ReservationStatusBadge status={r.status} />
          </Group>
          <ReservationFacts reservation={r} side="contractor" />
          {(pending || r.status === 'accepted') && (
            <Group justify="flex-end" gap="xs">
              {pending && (
                <>
                  <Button variant="default" onClick={onDecline} disabled={disabled}>
                    {t('reservations.inbox.decline')}
                  </Button>
                  <Button onClick={onAccept} loading={loading} disabled={disabled}>
                    {t('reservations.inbox.accept')}
                  </Button>
                </>
              )}
              {r.status === 'accepted' && (
                <>
                  <Button variant="default" onClick={onCancel} disabled={disabled}>
                    {t('reservations.inbox.cancel')}
                  </Button>
                  <Button onClick={onCollect} loading={loading} disabled={disabled}>
                    {t('reservations.inbox.collect')}
                  </Button>
                </>
              )}
            </Group>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
