import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { chartMeasures, logTicks, maxOf, measureColours, type ChartDatum } from '../utils/report-data';
import type { AxisScale } from '../utils/report-filters';
import { useReportFormat } from '../utils/report-format';
import { PRINT_WIDTH, usePrinting } from '../utils/use-printing';
import classes from './report.module.css';

interface PeriodChartProps {
  data: ChartDatum[];
  scale: AxisScale;
  unitLabel: string;
  title: string;
}

/** The measures over time, one line each; every period of the report is a point, empty ones at 0. */
export function PeriodChart({ data, scale, unitLabel, title }: PeriodChartProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const max = maxOf(data);
  const ticks = scale === 'log' ? logTicks(max) : undefined;
  const dots = data.length <= 24;
  const printing = usePrinting();
  const size = printing ? { width: PRINT_WIDTH, height: 300 } : { responsive: true, style: { width: '100%', height: 320 } };

  return (
    <div className={classes.chart} data-chart="periods">
      <LineChart {...size} data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} title={title}>
        <CartesianGrid vertical={false} stroke="#dee2e6" />
        <XAxis dataKey="label" fontSize={12} minTickGap={8} />
        <YAxis
          type="number"
          scale={scale === 'log' ? 'symlog' : 'linear'}
          domain={ticks ? [0, ticks.at(-1) ?? 1] : [0, 'auto']}
          ticks={ticks}
          tickFormatter={format.tick}
          width={64}
          fontSize={12}
          label={{ value: unitLabel, angle: -90, position: 'insideLeft', fontSize: 12 }}
        />
        <Tooltip formatter={(value) => (typeof value === 'number' ? `${format.figure(value, 't')} ${unitLabel}` : String(value))} />
        {chartMeasures.map((measure) => (
          <Line
            key={measure}
            type="linear"
            dataKey={measure}
            name={t(`reports.measures.${measure}`)}
            stroke={measureColours[measure]}
            strokeWidth={2}
            strokeDasharray={measure === 'demand' ? '6 3' : undefined}
            dot={dots ? { r: 2.5 } : false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
