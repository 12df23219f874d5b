import { Table } from '@mantine/core';
import type { ReportUnit } from '../utils/report-filters';
import { useReportFormat } from '../utils/report-format';
import classes from './report.module.css';

/** A right-aligned figure; zeros are greyed so that the figures that are there stand out. */
export function FigureCell({ value, unit }: { value: number | null; unit: ReportUnit }) {
  const format = useReportFormat();
  return <Table.Td className={classes.num}>{value === 0 ? <span className={classes.zero}>0</span> : format.figure(value, unit)}</Table.Td>;
}
