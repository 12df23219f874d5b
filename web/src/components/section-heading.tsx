import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A section's title, and under it a line on what the section is for. */
export function SectionHeading({ title, intro }: { title: string; intro?: ReactNode }) {
  return (
    <div>
      <Title order={2} size="h3">
        {title}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed" mt={4}>
          {intro}
        </Text>
      )}
    </div>
  );
}
