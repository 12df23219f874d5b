import { Stack, Text } from '@mantine/core';
import { photoUploadRules } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../../components/file-drop-zone';
import { checkPhoto, PHOTO_ACCEPT, PHOTO_MAX_MB, type PhotoProblem } from '../utils/check-photo';

/** Drop or choose photos; below, a line for each file that was turned away and why. */
export function PhotoDrop({ onFiles, rejected }: { onFiles: (files: File[]) => void; rejected: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <FileDropZone
        accept={PHOTO_ACCEPT}
        multiple
        onFiles={onFiles}
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
    </>
  );
}

/** Sorts chosen files into those that may be sent and, for the others, a sentence on why not. */
export function usePhotoChecks() {
  const { t } = useTranslation();
  const problemText = (problem: PhotoProblem) => t(`photos.problems.${problem}`, { max: problem === 'size' ? PHOTO_MAX_MB : photoUploadRules.maxPerLot });
  const check = (files: readonly File[], alreadyThere: number) => {
    const accepted: File[] = [];
    const rejected: string[] = [];
    for (const file of files) {
      const problem = checkPhoto(file, alreadyThere + accepted.length);
      if (problem) rejected.push(t('photos.rejected', { name: file.name, reason: problemText(problem) }));
      else accepted.push(file);
    }
    return { accepted, rejected };
  };
  return { check, problemText };
}
