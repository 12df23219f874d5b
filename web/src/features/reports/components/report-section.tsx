import type { ReactNode } from 'react';
import { SectionHeading } from '../../../components/section-heading';
import classes from './report.module.css';

/** A titled part of a report; in print it is kept on one page where it fits, unless `breakable` (long tables). */
export function ReportSection({ title, intro, breakable = false, children }: { title: string; intro?: string | undefined; breakable?: boolean; children: ReactNode }) {
  return (
    <section className={breakable ? `${classes.section} ${classes.breakable}` : classes.section}>
      <SectionHeading title={title} intro={intro} />
      {children}
    </section>
  );
}
