import { ActionIcon, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoDrop, usePhotoChecks } from './photo-drop';
import { PhotoGrid, PhotoTile } from './photo-grid';

interface PhotoPickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
}

/** Photos chosen for a lot that is not saved yet: previews only; they are uploaded once the lot exists. */
export function PhotoPicker({ files, onChange }: PhotoPickerProps) {
  const { t } = useTranslation();
  const { check } = usePhotoChecks();
  const [rejected, setRejected] = useState<string[]>([]);
  const previews = useMemo(() => files.map((file) => URL.createObjectURL(file)), [files]);
  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews]);

  const add = (picked: readonly File[]) => {
    const checked = check(picked, files.length);
    setRejected(checked.rejected);
    onChange([...files, ...checked.accepted]);
  };

  return (
    <Stack gap="md">
      <PhotoDrop onFiles={add} rejected={rejected} />
      {files.length > 0 && (
        <PhotoGrid label={t('photos.queuedLabel')}>
          {files.map((file, index) => (
            <PhotoTile key={`${file.name}-${index}`} src={previews[index]!} alt={t('photos.previewAlt', { name: file.name })}>
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
            </PhotoTile>
          ))}
        </PhotoGrid>
      )}
    </Stack>
  );
}
