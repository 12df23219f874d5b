import { Card, Image, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './photos.module.css';

/** Photos as a list of cards, two or three to a row. */
export function PhotoGrid({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="md" component="ul" className={classes.grid} aria-label={label}>
      {children}
    </SimpleGrid>
  );
}

interface PhotoTileProps {
  src: string;
  alt: string;
  /** Not uploaded yet: drawn paler. */
  pending?: boolean;
  /** Drawn over the photo's corner (the cover badge). */
  badge?: ReactNode;
  /** Where an upload stands (waiting, uploading, failed), shown as data-upload-status. */
  uploadStatus?: string;
  /** Below the photo: its name, progress or buttons. */
  children: ReactNode;
}

/** One photo's card in a PhotoGrid. */
export function PhotoTile({ src, alt, pending = false, badge, uploadStatus, children }: PhotoTileProps) {
  return (
    <Card withBorder padding="xs" radius="md" component="li" data-upload-status={uploadStatus}>
      <Card.Section className={classes.thumbFrame}>
        <Image src={src} alt={alt} className={classes.thumb} data-pending={pending || undefined} />
        {badge}
      </Card.Section>
      {children}
    </Card>
  );
}
