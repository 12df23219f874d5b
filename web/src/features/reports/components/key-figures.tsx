import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReportRow } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { measureColours, measureValue } from '../utils/report-data';
import { useReportFormat } from '../utils/report-format';
import classes from './report.module.css';

const shown = ['potential', 'listed', 'collected', 'reused', 'demand', 'unmet'] as const;

/** The report's total row at a glance. */
export function KeyFigures({ total, unit }: { total: ReportRow; unit: 't' | 'co2e' }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const unitLabel = t(`reports.view.unitShort.${unit}`);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" className={classes.keyFigures} data-key-figures>
      {shown.map((measure) => (
        <Paper key={measure} withBorder p="sm" radius="md" className={classes.card} style={{ borderTop: `4px solid ${measureColours[measure]}` }}>
          <Text fw={700} fz={22} lh={1.2} className={classes.stat} data-value>
            {format.figure(measureValue(total, measure, unit), unit)}
            <Text span size="sm" fw={500} c="dimmed">
              {' '}
              {unitLabel}
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            {t(`reports.measures.${measure}`)}
          </Text>
        </Paper>
      ))}
      <Paper withBorder p="sm" radius="md" className={classes.card} style={{ borderTop: '4px solid var(--mantine-color-moss-7)' }}>
        <Text fw={700} fz={22} lh={1.2} className={classes.stat} data-value>
          {format.rate(total.reuseRate)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('reports.table.reuseRate')}
        </Text>
      </Paper>
    </SimpleGrid>
  );
}
