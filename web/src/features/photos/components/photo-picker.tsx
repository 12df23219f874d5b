import { ActionIcon, Card, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { photoUploadRules } from '@byg360/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../../components/file-drop-zone';
import { checkPhoto, PHOTO_ACCEPT, PHOTO_MAX_MB } from '../utils/check-photo';
import classes from './photos.module.css';

interface PhotoPickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
}

/** Photos chosen for a lot that is not saved yet: previews only; they are uploaded once the lot exists. */
export function PhotoPicker({ files, onChange }: PhotoPickerProps) {
  const { t } = useTranslation();
  const [rejected, setRejected] = useState<string[]>([]);
  const previews = useMemo(() => files.map((file) => URL.createObjectURL(file)), [files]);
  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews]);

  const add = (picked: readonly File[]) => {
    const problems: string[] = [];
    const next = [...files];
    for (const file of picked) {
      const problem = checkPhoto(file, next.length);
      if (problem) {
        problems.push(
          t('photos.rejected', {
            name: file.name,
            reason: t(`photos.problems.${problem}`, { max: problem === 'size' ? PHOTO_MAX_MB : photoUploadRules.maxPerLot }),
          }),
        );
      } else {
        next.push(file);
      }
    }
    setRejected(problems);
    onChange(next);
  };

  return (
    <Stack gap="md">
      <FileDropZone
        accept={PHOTO_ACCEPT}
        multiple
        onFiles={add}
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
      {files.length > 0 && (
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="md" component="ul" className={classes.grid} aria-label={t('photos.queuedLabel')}>
          {files.map((file, index) => (
            <Card key={`${file.name}-${index}`} withBorder padding="xs" radius="md" component="li">
              <Card.Section className={classes.thumbFrame}>
                <Image src={previews[index]} alt={t('photos.previewAlt', { name: file.name })} className={classes.thumb} />
              </Card.Section>
              <Stack gap={4} mt="xs">
                <Text size="xs" truncate>
                  {file.name}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('photos.removeQueued', { name: file.name })}
                  onClick={() => onChange(files.filter((_, i) => i !== index))}
                >
                  <span aria-hidden>✕</span>
                </ActionIcon>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
