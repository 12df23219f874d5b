import { Badge, Button, Group, SimpleGrid } from '@mantine/core';
import type { Wanted, WantedStatus } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyBlock, ErrorState, LoadingState } from '../../../components/query-state';
import { describeApiError } from '../../../lib/form-errors';
import { notify } from '../../../lib/notify';
import { useDeleteWanted } from '../api/delete-wanted';
import { useMyWanted } from '../api/get-my-wanted';
import { useUpdateWanted } from '../api/update-wanted';
import { categoryName, type Language } from '../utils/categories';
import { WantedCard } from './wanted-card';

const statusColour: Record<WantedStatus, string> = { open: 'moss', fulfilled: 'blue', closed: 'gray' };

interface MyWantedListProps {
  language: Language;
  municipalityName: (code: string) => string | undefined;
  /** Where a saved search opens on the map; null when the post has none. */
  mapHrefOf: (wanted: Wanted) => string | null;
  newHref: string;
}

/** The user's own posts with what they can do with them: mark fulfilled, close, open again, delete. */
export function MyWantedList({ language, municipalityName, mapHrefOf, newHref }: MyWantedListProps) {
  const { t } = useTranslation();
  const mine = useMyWanted();
  const [deleting, setDeleting] = useState<Wanted | null>(null);
  const fail = (error: unknown) => notify(describeApiError(error, t).formError ?? t('errors.unexpected'), { tone: 'error' });
  const update = useUpdateWanted({
    onSuccess: (wanted) => notify(t(`wanted.mine.changed.${wanted.status}`)),
    onError: fail,
  });
  const remove = useDeleteWanted({
    onSuccess: () => {
      setDeleting(null);
      notify(t('wanted.mine.deleted'));
    },
    onError: fail,
  });

  if (mine.isPending) return <LoadingState />;
  if (mine.isError) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  if (mine.data.length === 0) {
    return (
      <EmptyBlock
        title={t('wanted.mine.emptyTitle')}
        action={
          <Button component={Link} to={newHref}>
            {t('wanted.list.new')}
          </Button>
        }
      >
        {t('wanted.mine.empty')}
      </EmptyBlock>
    );
  }

  const setStatus = (wanted: Wanted, status: WantedStatus) => update.mutate({ id: wanted.id, body: { status } });
  const busy = (wanted: Wanted) => update.isPending && update.variables?.id === wanted.id;

  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {mine.data.map((wanted) => {
          const mapHref = mapHrefOf(wanted);
          const title = wanted.title ?? (wanted.category ? categoryName(wanted.category, language) : t('wanted.card.savedSearch'));
          return (
            <WantedCard
              key={wanted.id}
              wanted={wanted}
              language={language}
              municipalityName={municipalityName}
              badge={
                <Badge color={statusColour[wanted.status]} variant="light">
                  {t(`wanted.status.${wanted.status}`)}
                </Badge>
              }
              actions={
                <Group gap="xs" mt={4} wrap="wrap">
                  {mapHref && (
                    <Button component={Link} to={mapHref} size="xs" variant="light">
                      {t('wanted.mine.showOnMap')}
                    </Button>
                  )}
                  {wanted.status === 'open' ? (
                    <>
                      <Button size="xs" variant="default" loading={busy(wanted)} onClick={() => setStatus(wanted, 'fulfilled')} aria-label={t('wanted.mine.fulfilLabel', { title })}>
                        {t('wanted.mine.fulfil')}
                      </Button>
                      <Button size="xs" variant="default" disabled={busy(wanted)} onClick={() => setStatus(wanted, 'closed')} aria-label={t('wanted.mine.closeLabel', { title })}>
                        {t('wanted.mine.close')}
                      </Button>
                    </>
                  ) : (
                    <Button size="xs" variant="default" loading={busy(wanted)} onClick={() => setStatus(wanted, 'open')} aria-label={t('wanted.mine.reopenLabel', { title })}>
                      {t('wanted.mine.reopen')}
                    </Button>
                  )}
                  <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(wanted)} aria-label={t('wanted.mine.deleteLabel', { title })}>
                    {t('wanted.mine.delete')}
                  </Button>
                </Group>
              }
            />
          );
        })}
      </SimpleGrid>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('wanted.mine.deleteTitle')}
        confirmLabel={t('wanted.mine.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
        onClose={() => setDeleting(null)}
      >
        {t('wanted.mine.deleteBody')}
      </ConfirmDialog>
    </>
  );
}
