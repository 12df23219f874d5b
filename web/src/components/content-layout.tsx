import { Container, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from './page-title';

interface ContentLayoutProps {
  title: string;
  intro?: ReactNode;
  /** `narrow` keeps forms at a comfortable line length. */
  width?: 'narrow' | 'wide';
  children: ReactNode;
}

/** A page with one h1, an optional introduction and its content. */
export function ContentLayout({ title, intro, width = 'wide', children }: ContentLayoutProps) {
  return (
    <Container size={width === 'narrow' ? 560 : 'lg'} px={0}>
      <PageTitle title={title} />
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1}>{title}</Title>
          {intro && (
            <Text size="lg" c="dimmed">
              {intro}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Container>
  );
}
