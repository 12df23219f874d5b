import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './report.module.css';

/** A titled part of a report; in print it is kept on one page where it fits, unless `breakable` (long tables). */
export function ReportSection({ title, intro, breakable = false, children }: { title: string; intro?: string | undefined; breakable?: boolean; children: ReactNode }) {
  return (
    <section className={breakable ? `${classes.section} ${classes.breakable}` : classes.section}>
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
      {children}
    </section>
  );
}
