import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { chartMeasures, logTicks, maxOf, measureColours, type ChartDatum } from '../utils/report-data';
import type { AxisScale } from '../utils/report-filters';
import { useReportFormat } from '../utils/report-format';
import { PRINT_WIDTH, usePrinting } from '../utils/use-printing';
import classes from './report.module.css';

interface CategoryChartProps {
  data: ChartDatum[];
  scale: AxisScale;
  /** "t" or "t CO2e", for the axis. */
  unitLabel: string;
  /** Names the chart for screen readers; the table below has the same figures. */
  title: string;
}

const BAR = 9;
const PRINT_BAR = 4;

/** Supply vs demand per category: one group of horizontal bars per category, one bar per measure. */
export function CategoryChart({ data, scale, unitLabel, title }: CategoryChartProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const max = maxOf(data);
  const ticks = scale === 'log' ? logTicks(max) : undefined;
  const printing = usePrinting();
  const bar = printing ? PRINT_BAR : BAR;
  const height = Math.max(220, data.length * (chartMeasures.length * bar + 28) + 50);
  // On paper the chart has a fixed size, so that it fits the page beside the key figures.
  const size = printing ? { width: PRINT_WIDTH, height: Math.min(height, 270) } : { responsive: true, style: { width: '100%', height } };
  const longest = Math.max(0, ...data.map((d) => d.label.length));

  return (
    <div className={classes.chart} data-chart="categories">
      <BarChart
        {...size}
        data={data}
        layout="vertical"
        barGap={1}
        barCategoryGap={14}
        margin={{ top: 4, right: 24, bottom: 20, left: 8 }}
        title={title}
      >
        <CartesianGrid horizontal={false} stroke="#dee2e6" />
        <XAxis
          type="number"
          scale={scale === 'log' ? 'symlog' : 'linear'}
          domain={ticks ? [0, ticks.at(-1) ?? 1] : [0, 'auto']}
          ticks={ticks}
          tickFormatter={format.tick}
          allowDataOverflow={false}
          label={{ value: unitLabel, position: 'insideBottomRight', offset: -12, fontSize: 12 }}
          fontSize={12}
        />
        <YAxis type="category" dataKey="label" width={Math.min(220, 24 + longest * 7)} fontSize={12} interval={0} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? `${format.figure(value, 't')} ${unitLabel}` : String(value))} />
        {chartMeasures.map((measure) => (
          <Bar key={measure} dataKey={measure} name={t(`reports.measures.${measure}`)} fill={measureColours[measure]} barSize={bar} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
