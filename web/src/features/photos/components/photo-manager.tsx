import { ActionIcon, Badge, Button, Card, Group, Image, Progress, SimpleGrid, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { photoUploadRules, type Photo } from '@byg360/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FileDropZone } from '../../../components/file-drop-zone';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api-client';
import { describeApiError } from '../../../lib/form-errors';
import { notify } from '../../../lib/notify';
import { useDeletePhoto } from '../api/delete-photo';
import { usePhotos } from '../api/get-photos';
import { useReorderPhotos } from '../api/reorder-photos';
import { useUploadPhoto } from '../api/upload-photo';
import { checkPhoto, move, PHOTO_ACCEPT, PHOTO_MAX_MB, type PhotoProblem } from '../utils/check-photo';
import classes from './photos.module.css';

interface Upload {
  key: string;
  file: File;
  preview: string;
  status: 'waiting' | 'uploading' | 'failed';
  progress: number;
  error?: string;
}

interface PhotoManagerProps {
  lotId: string;
  lotTitle: string;
  /** Files chosen before the lot existed; uploaded as soon as the manager appears. */
  initialFiles?: readonly File[];
  /** After any change, so that the caller can refresh what shows the photos elsewhere (the lot). */
  onChanged?: () => void;
}

let uploadCounter = 0;

/** Upload (drop or choose), preview with progress, reorder, choose the cover and delete a lot's photos. Changes are saved at once. */
export function PhotoManager({ lotId, lotTitle, initialFiles = [], onChanged }: PhotoManagerProps) {
  const { t } = useTranslation();
  const photos = usePhotos(lotId);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [toDelete, setToDelete] = useState<Photo | null>(null);
  const started = useRef(new Set<string>());
  const seeded = useRef(false);

  const upload = useUploadPhoto();
  const reorder = useReorderPhotos({
    onSuccess: () => onChanged?.(),
    onError: (error) => notify(describeApiError(error, t).formError ?? t('errors.unexpected'), { tone: 'error' }),
  });
  const remove = useDeletePhoto({
    onSuccess: () => {
      setToDelete(null);
      setAnnouncement(t('photos.deleted'));
      onChanged?.();
    },
    onError: (error) => notify(describeApiError(error, t).formError ?? t('errors.unexpected'), { tone: 'error' }),
  });

  const stored = photos.data ?? [];

  const addFiles = (files: readonly File[]) => {
    const problems: string[] = [];
    const accepted: Upload[] = [];
    let count = stored.length + uploads.length;
    for (const file of files) {
      const problem = checkPhoto(file, count);
      if (problem) {
        problems.push(t('photos.rejected', { name: file.name, reason: problemText(problem) }));
        continue;
      }
      count += 1;
      uploadCounter += 1;
      accepted.push({ key: `u${uploadCounter}`, file, preview: URL.createObjectURL(file), status: 'waiting', progress: 0 });
    }
    setRejected(problems);
    if (accepted.length > 0) setUploads((current) => [...current, ...accepted]);
  };

  const problemText = (problem: PhotoProblem) =>
    t(`photos.problems.${problem}`, { max: problem === 'size' ? PHOTO_MAX_MB : photoUploadRules.maxPerLot });

  // Files handed over from the new-lot page; the ref keeps StrictMode's second effect run from adding them twice.
  useEffect(() => {
    if (seeded.current || initialFiles.length === 0 || !photos.isSuccess) return;
    seeded.current = true;
    addFiles(initialFiles);
  }, [photos.isSuccess]);

  // One upload at a time, in the order chosen: the order becomes the photos' order.
  useEffect(() => {
    if (uploads.some((u) => u.status === 'uploading')) return;
    const next = uploads.find((u) => u.status === 'waiting' && !started.current.has(u.key));
    if (!next) return;
    started.current.add(next.key);
    const patch = (changes: Partial<Upload>) => setUploads((current) => current.map((u) => (u.key === next.key ? { ...u, ...changes } : u)));
    patch({ status: 'uploading', progress: 0 });
    upload
      .mutateAsync({ lotId, file: next.file, onProgress: (progress) => patch({ progress }) })
      .then(() => {
        URL.revokeObjectURL(next.preview);
        setUploads((current) => current.filter((u) => u.key !== next.key));
        setAnnouncement(t('photos.uploaded', { name: next.file.name }));
        onChanged?.();
      })
      .catch((error: unknown) => {
        started.current.delete(next.key);
        patch({ status: 'failed', error: uploadError(error) });
      });
  }, [uploads]);

  const uploadError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 415) return problemText('type');
    if (error instanceof ApiError && error.status === 413) return problemText('size');
    return describeApiError(error, t).formError ?? t('errors.unexpected');
  };

  // Previews are blob URLs held in memory until revoked.
  const previews = useRef(uploads);
  previews.current = uploads;
  useEffect(() => () => previews.current.forEach((u) => URL.revokeObjectURL(u.preview)), []);

  const retry = (key: string) => setUploads((current) => current.map((u) => (u.key === key ? { ...u, status: 'waiting', error: undefined } : u)));
  const discard = (key: string) =>
    setUploads((current) => {
      const gone = current.find((u) => u.key === key);
      if (gone) URL.revokeObjectURL(gone.preview);
      return current.filter((u) => u.key !== key);
    });

  const reorderTo = (order: Photo[], coverId?: string) => reorder.mutate({ lotId, body: { order: order.map((p) => p.id), coverId } });

  if (photos.isPending) return <LoadingState label={t('photos.loading')} />;
  if (photos.isError) return <ErrorState error={photos.error} onRetry={() => void photos.refetch()} />;

  return (
    <Stack gap="md">
      <FileDropZone
        accept={PHOTO_ACCEPT}
        multiple
        onFiles={addFiles}
        title={t('photos.dropTitle')}
        hint={t('photos.dropHint', { max: PHOTO_MAX_MB, limit: photoUploadRules.maxPerLot })}
        buttonLabel={t('photos.choose')}
      />
      {rejected.length > 0 && (
        <Stack gap={4} role="alert">
          {rejected.map((message) => (
            <Text key={message} size="sm" c="var(--mantine-color-error)">
              {message}
            </Text>
          ))}
        </Stack>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>

      {stored.length === 0 && uploads.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('photos.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="md" component="ul" className={classes.grid} aria-label={t('photos.listLabel')}>
          {stored.map((photo, index) => (
            <Card key={photo.id} withBorder padding="xs" radius="md" component="li">
              <Card.Section className={classes.thumbFrame}>
                <Image src={photo.thumbnailUrl} alt={t('photos.alt', { title: lotTitle, number: index + 1 })} className={classes.thumb} />
                {photo.isCover && (
                  <Badge className={classes.coverBadge} size="sm">
                    {t('photos.cover')}
                  </Badge>
                )}
              </Card.Section>
              <Group gap={4} mt="xs" justify="space-between" wrap="nowrap">
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={t('photos.moveEarlier')}>
                    <ActionIcon
                      variant="default"
                      aria-label={t('photos.moveEarlierNamed', { number: index + 1 })}
                      disabled={index === 0 || reorder.isPending}
                      onClick={() => reorderTo(move(stored, index, -1))}
                    >
                      <span aria-hidden>←</span>
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('photos.moveLater')}>
                    <ActionIcon
                      variant="default"
                      aria-label={t('photos.moveLaterNamed', { number: index + 1 })}
                      disabled={index === stored.length - 1 || reorder.isPending}
                      onClick={() => reorderTo(move(stored, index, 1))}
                    >
                      <span aria-hidden>→</span>
                    </ActionIcon>
                  </Tooltip>
                </Group>
                <Tooltip label={t('photos.delete')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('photos.deleteNamed', { number: index + 1 })}
                    onClick={() => setToDelete(photo)}
                  >
                    <span aria-hidden>✕</span>
                  </ActionIcon>
                </Tooltip>
              </Group>
              {!photo.isCover && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  mt={4}
                  fullWidth
                  disabled={reorder.isPending}
                  onClick={() => reorderTo(stored, photo.id)}
                  aria-label={t('photos.makeCoverNamed', { number: index + 1 })}
                >
                  {t('photos.makeCover')}
                </Button>
              )}
            </Card>
          ))}
          {uploads.map((item) => (
            <Card key={item.key} withBorder padding="xs" radius="md" component="li" data-upload-status={item.status}>
              <Card.Section className={classes.thumbFrame}>
                <Image src={item.preview} alt={t('photos.previewAlt', { name: item.file.name })} className={classes.thumb} data-pending />
              </Card.Section>
              <Stack gap={4} mt="xs">
                <Text size="xs" truncate>
                  {item.file.name}
                </Text>
                {item.status === 'failed' ? (
                  <>
                    <Text size="xs" c="var(--mantine-color-error)" role="alert">
                      {item.error}
                    </Text>
                    <Group gap={4}>
                      <Button size="compact-xs" variant="default" onClick={() => retry(item.key)}>
                        {t('photos.retry')}
                      </Button>
                      <Button size="compact-xs" variant="subtle" onClick={() => discard(item.key)}>
                        {t('photos.discard')}
                      </Button>
                    </Group>
                  </>
                ) : (
                  <>
                    <Progress
                      value={Math.round(item.progress * 100)}
                      size="sm"
                      animated={item.status === 'uploading'}
                      aria-label={t('photos.progressLabel', { name: item.file.name })}
                    />
                    <Text size="xs" c="dimmed">
                      {item.status === 'waiting' ? t('photos.waiting') : t('photos.uploading', { percent: Math.round(item.progress * 100) })}
                    </Text>
                  </>
                )}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}

      <ConfirmDialog
        opened={toDelete !== null}
        title={t('photos.confirmDelete.title')}
        confirmLabel={t('photos.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => toDelete && remove.mutate({ lotId, photoId: toDelete.id })}
        onClose={() => setToDelete(null)}
      >
        {t('photos.confirmDelete.body')}
      </ConfirmDialog>
    </Stack>
  );
}
