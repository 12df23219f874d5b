import { Alert, Anchor, Box, Button, Group, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Lot, User } from '@byg360/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../../config/paths';
// The one import from another feature: the lot page fixes this panel's props to the lot, so the
// panel looks up who is signed in itself (moving get-me to lib/ would remove the exception).
import { useUser } from '../../auth/api/get-me';
import { useClientConfig } from '../../../lib/client-config';
import { formatCalendarDate, formatDanishDateTime } from '../../../lib/copenhagen-time';
import { compare, decimal, subtract, toPlain, ZERO } from '../../../lib/decimal';
import { useFormat } from '../../../lib/format';
import { isLanguage, type Language } from '../../../lib/i18n';
import { useReservations } from '../api/get-reservations';
import { unitLabel } from '../utils/units';
import { ReserveDialog } from './reserve-dialog';

const HOUR = 3_600_000;

type Availability =
  | { state: 'closed' }
  | { state: 'soldOut' }
  | { state: 'windowOver' }
  | { state: 'visitor'; opensAt: string | null }
  | { state: 'ownLot' }
  | { state: 'cannotReserve' }
  | { state: 'earlyAccessClosed'; opensAt: string }
  | { state: 'open'; earlyAccessUntil: string | null };

/** Makers of a verified organisation, with an approved membership, reserve during early access. */
const hasEarlyAccess = (user: User) => user.role === 'maker' && user.organisation?.verified === true && user.membershipApproved;

function availability(lot: Lot, user: User | null, earlyAccessHours: number, now: number): Availability {
  if (lot.status !== 'published') return { state: 'closed' };
  if (compare(decimal(lot.quantityLeft), ZERO) <= 0) return { state: 'soldOut' };
  if (lot.pickUpBy && Date.parse(`${lot.pickUpBy}T23:59:59Z`) < now) return { state: 'windowOver' };
  const opensAt = lot.publishedAt ? Date.parse(lot.publishedAt) + earlyAccessHours * HOUR : null;
  const early = opensAt !== null && opensAt > now;
  if (!user) return { state: 'visitor', opensAt: early ? new Date(opensAt).toISOString() : null };
  if (user.organisation && user.organisation.id === lot.organisation.id) return { state: 'ownLot' };
  if (!['citizen', 'maker', 'contractor'].includes(user.role)) return { state: 'cannotReserve' };
  if (early && !hasEarlyAccess(user)) return { state: 'earlyAccessClosed', opensAt: new Date(opensAt).toISOString() };
  return { state: 'open', earlyAccessUntil: early ? new Date(opensAt).toISOString() : null };
}

/** The reserve action on the public lot page: what is reserved and left, early access, the reserve dialog. */
export function LotReservationPanel({ lot }: { lot: Lot }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'da';
  const format = useFormat();
  const headingId = useId();
  const location = useLocation();
  const [dialogOpened, dialog] = useDisclosure(false);
  const { data: user, isPending: userPending } = useUser();
  const config = useClientConfig();
  const mine = useReservations({ as: 'requester', lotId: lot.id }, { enabled: Boolean(user) });

  const unit = unitLabel(lot.unit, t);
  const total = decimal(lot.quantity);
  const reserved = subtract(total, decimal(lot.quantityLeft));
  const share = Number(lot.quantity) > 0 ? Math.min(100, Math.max(0, (Number(toPlain(reserved)) / Number(lot.quantity)) * 100)) : 0;
  const activeMine = (mine.data ?? []).filter((r) => r.status === 'pending' || r.status === 'accepted').length;

  let action: ReactNode;
  if (userPending || config.isPending) {
    action = <Skeleton height={42} radius="md" aria-label={t('app.loading')} role="status" />;
  } else if (config.isError) {
    action = (
      <Alert color="red" variant="light" role="alert">
        {t('reservations.panel.loadFailed')}
      </Alert>
    );
  } else {
    const state = availability(lot, user ?? null, config.data.earlyAccessHours, Date.now());
    switch (state.state) {
      case 'closed':
        action = <Text fw={600}>{t('reservations.panel.notOpen')}</Text>;
        break;
      case 'soldOut':
        action = <Text>{t('reservations.panel.soldOut')}</Text>;
        break;
      case 'windowOver':
        action = <Text fw={600}>{t('reservations.panel.windowOver')}</Text>;
        break;
      case 'visitor':
        action = (
          <Stack gap={6}>
            {state.opensAt && <EarlyAccessNotice opensAt={state.opensAt} hours={config.data.earlyAccessHours} language={language} />}
            <Button component={Link} to={paths.auth.login.getHref(`${location.pathname}${location.search}`)} size="md" fullWidth variant={state.opensAt ? 'default' : 'filled'}>
              {t('reservations.panel.loginToReserve')}
            </Button>
            <Text size="sm" c="dimmed" ta="center">
              {t('reservations.panel.loginHint')}
            </Text>
          </Stack>
        );
        break;
      case 'ownLot':
        action = (
          <Stack gap={4}>
            <Text>{t('reservations.panel.ownLot')}</Text>
            <Anchor component={Link} to={paths.workspace.inbox.getHref()} fw={600}>
              {t('reservations.panel.ownLotLink')}
            </Anchor>
          </Stack>
        );
        break;
      case 'cannotReserve':
        action = <Text c="dimmed">{t('reservations.panel.roleCannotReserve')}</Text>;
        break;
      case 'earlyAccessClosed':
        action = <EarlyAccessNotice opensAt={state.opensAt} hours={config.data.earlyAccessHours} language={language} />;
        break;
      case 'open':
        action = (
          <Stack gap="xs">
            {state.earlyAccessUntil && (
              <Alert color="moss" variant="light" p="xs">
                <Text size="sm">{t('reservations.panel.earlyAccessOpen', { time: formatDanishDateTime(state.earlyAccessUntil, language) })}</Text>
              </Alert>
            )}
            <Button size="md" fullWidth onClick={dialog.open} aria-haspopup="dialog">
              {t('reservations.panel.reserve')}
            </Button>
          </Stack>
        );
        break;
    }
  }

  return (
    // Unframed: the lot page places it inside its own offer card, under the price.
    <Box component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {t('reservations.panel.title')}
        </Title>
        <div>
          <Group justify="space-between" align="baseline" gap="xs" mb={6}>
            <Text fw={700} size="lg">
              {t('reservations.panel.left', { left: format.number(lot.quantityLeft), unit })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('reservations.panel.summary', { reserved: format.number(toPlain(reserved)), total: format.number(lot.quantity), unit })}
            </Text>
          </Group>
          <Progress value={share} size="md" radius="xl" aria-label={t('reservations.panel.progressLabel')} />
        </div>
        {(lot.availableFrom || lot.pickUpBy) && (
          <Text size="sm">
            {lot.availableFrom && lot.pickUpBy
              ? t('reservations.panel.window', { from: formatCalendarDate(lot.availableFrom, language), to: formatCalendarDate(lot.pickUpBy, language) })
              : lot.availableFrom
                ? t('reservations.panel.windowFrom', { from: formatCalendarDate(lot.availableFrom, language) })
                : t('reservations.panel.windowTo', { to: formatCalendarDate(lot.pickUpBy!, language) })}
          </Text>
        )}
        {action}
        {activeMine > 0 && (
          <Text size="sm">
            {t('reservations.panel.yours', { count: activeMine })}{' '}
            <Anchor component={Link} to={paths.reservations.mine.getHref()}>
              {t('reservations.panel.yoursLink')}
            </Anchor>
          </Text>
        )}
      </Stack>
      {lot.status === 'published' && (
        <ReserveDialog lot={lot} opened={dialogOpened} onClose={dialog.close} responseHours={config.data?.reservationResponseHours} />
      )}
    </Box>
  );
}

/** When a lot in its early-access window opens to everyone, and why it is not open yet. */
function EarlyAccessNotice({ opensAt, hours, language }: { opensAt: string; hours: number; language: Language }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fw={700} size="lg">
        {t('reservations.panel.earlyAccessClosed', { time: formatDanishDateTime(opensAt, language) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('reservations.panel.earlyAccessClosedHint', { count: hours })}
      </Text>
    </Stack>
  );
}
