import { ActionIcon, Group, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { Photo } from '@byg360/shared';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './photo-gallery.module.css';

/** The cover first, then the others in the contractor's order. */
export function galleryOrder(photos: readonly Photo[]): Photo[] {
  return [...photos].sort((a, b) => Number(b.isCover) - Number(a.isCover) || a.position - b.position);
}

/**
 * A large photo with thumbnails. Keyboard: Tab to the thumbnails or the arrows, or ← and → anywhere in the gallery.
 */
export function PhotoGallery({ photos, title }: { photos: readonly Photo[]; title: string }) {
  const { t } = useTranslation();
  const ordered = galleryOrder(photos);
  const [index, setIndex] = useState(0);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = ordered.length;

  if (count === 0) {
    return (
      <div className={classes.empty}>
        <Text c="dimmed">{t('photos.noPhotos')}</Text>
      </div>
    );
  }

  const current = ordered[Math.min(index, count - 1)]!;
  const show = (next: number) => setIndex((next + count) % count);
  const onKeyDown = (event: KeyboardEvent) => {
    if (count < 2 || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const next = (index + (event.key === 'ArrowLeft' ? -1 : 1) + count) % count;
    show(next);
    // On the thumbnails, focus follows the photo shown.
    if (thumbs.current.includes(document.activeElement as HTMLButtonElement)) thumbs.current[next]?.focus();
  };

  return (
    <section aria-label={t('photos.galleryLabel', { title })} aria-roledescription={t('photos.galleryRole')} onKeyDown={onKeyDown} className={classes.gallery}>
      <div className={classes.stage}>
        <img
          src={current.url}
          alt={t('photos.galleryAlt', { title, number: index + 1, count })}
          width={current.width}
          height={current.height}
          className={classes.image}
        />
        {count > 1 && (
          <>
            <ActionIcon
              className={classes.prev}
              size="xl"
              radius="xl"
              variant="white"
              aria-label={t('photos.previous')}
              onClick={() => show(index - 1)}
            >
              <span aria-hidden>‹</span>
            </ActionIcon>
            <ActionIcon
              className={classes.next}
              size="xl"
              radius="xl"
              variant="white"
              aria-label={t('photos.next')}
              onClick={() => show(index + 1)}
            >
              <span aria-hidden>›</span>
            </ActionIcon>
          </>
        )}
      </div>
      <VisuallyHidden aria-live="polite">{t('photos.position', { number: index + 1, count })}</VisuallyHidden>
      {count > 1 && (
        <Group gap="xs" mt="sm" component="ul" className={classes.thumbs}>
          {ordered.map((photo, i) => (
            <li key={photo.id}>
              <UnstyledButton
                ref={(element: HTMLButtonElement | null) => {
                  thumbs.current[i] = element;
                }}
                className={classes.thumbButton}
                aria-label={t('photos.showNumber', { number: i + 1, count })}
                aria-current={i === index ? 'true' : undefined}
                onClick={() => setIndex(i)}
              >
                <img src={photo.thumbnailUrl} alt="" className={classes.thumb} />
              </UnstyledButton>
            </li>
          ))}
        </Group>
      )}
    </section>
  );
}
