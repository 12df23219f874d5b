import { useMemo } from 'react';
import { useFormat } from '../../../lib/format';
import type { ReportUnit } from './report-filters';

/** Significant enough to compare, without false precision: 3.674 t, 31,6 t, 0,48 t. */
export function figureDigits(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 100) return 0;
  if (abs >= 10) return 1;
  return 2;
}

export interface ReportFormat {
  /** A figure in the chosen unit; "–" where there is none (a row that mixes units). */
  figure(value: number | null, unit: ReportUnit): string;
  /** An axis tick: short. */
  tick(value: number): string;
  /** "0.8923" → "89 %"; "–" without outcomes. */
  rate(value: string | null): string;
}

export function useReportFormat(): ReportFormat {
  const format = useFormat();
  return useMemo(
    () => ({
      figure: (value, unit) => {
        if (value === null) return '–';
        return format.number(value, { maximumFractionDigits: unit === 'quantity' ? 2 : figureDigits(value) });
      },
      tick: (value) => format.number(value, { maximumFractionDigits: value !== 0 && Math.abs(value) < 1 ? 2 : 0 }),
      rate: (value) => (value === null ? '–' : format.percent(Number(value))),
    }),
    [format],
  );
}
