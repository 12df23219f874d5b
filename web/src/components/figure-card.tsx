import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface FigureCardProps {
  value: ReactNode;
  /** What the figure counts, below it. */
  label: string;
  /** `lg` for the few figures a page is about, `md` where a row of them sits side by side. */
  size?: 'md' | 'lg';
  valueClassName?: string;
}

/** A figure and what it counts, on a card. */
export function FigureCard({ value, label, size = 'md', valueClassName }: FigureCardProps) {
  const large = size === 'lg';
  return (
    <Paper withBorder p={large ? 'md' : 'sm'} radius="md">
      <Text fw={700} fz={large ? 28 : 22} lh={large ? 1.1 : 1.2} className={valueClassName}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}
