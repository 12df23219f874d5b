import { Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionHeading } from './section-heading';

/** A titled card grouping related fields of a long form, or related facts on a page. */
export function FormSection({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section">
      <Stack gap="md">
        <SectionHeading title={title} intro={intro} />
        {children}
      </Stack>
    </Paper>
  );
}
