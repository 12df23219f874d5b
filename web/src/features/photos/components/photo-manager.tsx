import { ActionIcon, Badge, Button, Group, Progress, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { Photo } from '@byg360/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api-client';
import { describeApiError } from '../../../lib/form-errors';
import { notify } from '../../../lib/notify';
import { useDeletePhoto } from '../api/delete-photo';
import { usePhotos } from '../api/get-photos';
import { useReorderPhotos } from '../api/reorder-photos';
import { useUploadPhoto } from '../api/upload-photo';
import { move } from '../utils/check-photo';
import { PhotoDrop, usePhotoChecks } from './photo-drop';
import { PhotoGrid, PhotoTile } from './photo-grid';
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

  const { check, problemText } = usePhotoChecks();
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
    const checked = check(files, stored.length + uploads.length);
    const accepted = checked.accepted.map((file): Upload => {
      uploadCounter += 1;
      return { key: `u${uploadCounter}`, file, preview: URL.createObjectURL(file), status: 'waiting', progress: 0 };
    });
    setRejected(checked.rejected);
    if (accepted.length > 0) setUploads((current) => [...current, ...accepted]);
  };

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
      <PhotoDrop onFiles={addFiles} rejected={rejected} />
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>

      {stored.length === 0 && uploads.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('photos.none')}
        </Text>
      ) : (
        <PhotoGrid label={t('photos.listLabel')}>
          {stored.map((photo, index) => (
            <PhotoTile
              key={photo.id}
              src={photo.thumbnailUrl}
              alt={t('photos.alt', { title: lotTitle, number: index + 1 })}
              badge={
                photo.isCover && (
                  <Badge className={classes.coverBadge} size="sm">
                    {t('photos.cover')}
                  </Badge>
                )
              }
            >
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
            </PhotoTile>
          ))}
          {uploads.map((item) => (
            <PhotoTile key={item.key} src={item.preview} alt={t('photos.previewAlt', { name: item.file.name })} pending uploadStatus={item.status}>
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
            </PhotoTile>
          ))}
        </PhotoGrid>
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
