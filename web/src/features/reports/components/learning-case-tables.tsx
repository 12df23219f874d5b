import { SimpleGrid, Text } from '@mantine/core';
import type { learningCaseCategorySchema, learningCaseEwcSchema } from '@byg360/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { FigureCard } from '../../../components/figure-card';
import { NumericTable, type NumericColumn } from '../../../components/numeric-table';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { figureDigits, useReportFormat } from '../utils/report-format';
import classes from './report.module.css';

// shared exports the schemas only; their output types are what the server sends.
export type FateByCategory = (typeof learningCaseCategorySchema)['_zod']['output'];
export type FateByEwc = (typeof learningCaseEwcSchema)['_zod']['output'];

/** The fate figures every learning-case level has (project, summary, category, EWC code). */
export interface FateFigures {
  harvestedT: string;
  reusedT: string;
  recycledT: string;
  disposedT: string;
  reusedTCo2e: string;
  reuseRate: string | null;
}

export const fateColours = { reused: '#009E73', recycled: '#E69F00', disposed: '#D55E00' } as const;
const fates = ['reused', 'recycled', 'disposed'] as const;
/** What was harvested, then what became of it: the fate tables' figure columns. */
const harvestFates = ['harvested', ...fates] as const;

function useTonnes() {
  const format = useFormat();
  return (value: string) => format.number(value, { maximumFractionDigits: figureDigits(Number(value)) });
}

/** Harvested, reused, recycled, disposed, reuse rate and CO2e at a glance. */
export function FateFiguresGrid({ figures, extra }: { figures: FateFigures; extra?: { label: string; value: string }[] }) {
  const { t } = useTranslation();
  const tonnes = useTonnes();
  const format = useReportFormat();
  const items = [
    ...(extra ?? []),
    { label: t('learningCases.fate.harvested'), value: `${tonnes(figures.harvestedT)} t` },
    { label: t('learningCases.fate.reused'), value: `${tonnes(figures.reusedT)} t` },
    { label: t('learningCases.fate.recycled'), value: `${tonnes(figures.recycledT)} t` },
    { label: t('learningCases.fate.disposed'), value: `${tonnes(figures.disposedT)} t` },
    { label: t('learningCases.fate.reuseRate'), value: format.rate(figures.reuseRate) },
    { label: t('learningCases.fate.co2e'), value: `${tonnes(figures.reusedTCo2e)} t` },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: items.length }} spacing="sm">
      {items.map((item) => (
        <FigureCard key={item.label} value={item.value} label={item.label} valueClassName={classes.stat} />
      ))}
    </SimpleGrid>
  );
}

/** Per category: reused, recycled and disposed tonnes as one stacked bar. */
export function FateChart({ rows, title }: { rows: readonly FateByCategory[]; title: string }) {
  const { t } = useTranslation();
  const tonnes = useTonnes();
  const language = currentLanguage();
  const data = rows.map((row) => ({
    label: language === 'en' ? row.nameEn : row.nameDa,
    reused: Number(row.reusedT),
    recycled: Number(row.recycledT),
    disposed: Number(row.disposedT),
  }));
  const longest = Math.max(0, ...data.map((d) => d.label.length));
  return (
    <div className={classes.chart} data-chart="fate">
      <ul className={classes.legend}>
        {fates.map((fate) => (
          <li key={fate}>
            <span className={classes.swatch} style={{ background: fateColours[fate] }} aria-hidden />
            {t(`learningCases.fate.${fate}`)}
          </li>
        ))}
      </ul>
      <BarChart responsive style={{ width: '100%', height: Math.max(160, data.length * 34 + 50) }} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} title={title}>
        <CartesianGrid horizontal={false} stroke="#dee2e6" />
        <XAxis type="number" fontSize={12} tickFormatter={(value: number) => tonnes(String(value))} unit=" t" />
        <YAxis type="category" dataKey="label" width={Math.min(240, 24 + longest * 7)} fontSize={12} interval={0} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? `${tonnes(String(value))} t` : String(value))} />
        {fates.map((fate) => (
          <Bar key={fate} dataKey={fate} stackId="fate" name={t(`learningCases.fate.${fate}`)} fill={fateColours[fate]} barSize={18} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}

type HarvestFate = (typeof harvestFates)[number];

/** The figure columns of both fate tables: each fate, the reuse rate, and the CO2e of what was reused. */
function useFateColumns<Row extends FateFigures>(fateCell: (row: Row, fate: HarvestFate) => ReactNode, fateHeader: (name: string) => string = (name) => name): NumericColumn<Row>[] {
  const { t } = useTranslation();
  const reportFormat = useReportFormat();
  const tonnes = useTonnes();
  return [
    ...harvestFates.map((fate): NumericColumn<Row> => ({ key: fate, header: fateHeader(t(`learningCases.fate.${fate}`)), align: 'number', cell: (row) => fateCell(row, fate) })),
    { key: 'reuseRate', header: t('learningCases.fate.reuseRate'), align: 'number', cell: (row) => reportFormat.rate(row.reuseRate) },
    { key: 'co2e', header: t('learningCases.fate.co2eShort'), align: 'number', cell: (row) => tonnes(row.reusedTCo2e) },
  ];
}

/** What was harvested per category and what became of it, in the lots' unit where one applies and in tonnes. */
export function FateByCategoryTable({ rows }: { rows: readonly FateByCategory[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tonnes = useTonnes();
  const language = currentLanguage();
  const fateColumns = useFateColumns<FateByCategory>((row, fate) => {
    const quantity = row[`${fate}Quantity`];
    return (
      <>
        {tonnes(row[`${fate}T`])} t
        {quantity !== null && row.unit && (
          <Text span size="xs" c="dimmed" display="block">
            {format.number(quantity, { maximumFractionDigits: 2 })} {t(`reports.units.${row.unit}`)}
          </Text>
        )}
      </>
    );
  });
  const columns: NumericColumn<FateByCategory>[] = [
    { key: 'category', header: t('reports.table.category'), rowHeader: true, cell: (row) => (language === 'en' ? row.nameEn : row.nameDa) },
    { key: 'ewc', header: t('reports.table.ewc'), className: classes.code, cell: (row) => row.ewcCode ?? '–' },
    ...fateColumns,
  ];
  return (
    <NumericTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.categoryId}
      caption={t('learningCases.byCategoryTitle')}
      hideCaption
      minWidth={860}
      classNames={{ scroll: classes.scroll, table: classes.table }}
      data-fate-table
    />
  );
}

/** The same by EU waste-list code, in tonnes: what a waste report to the municipality counts in. */
export function FateByEwcTable({ rows }: { rows: readonly FateByEwc[] }) {
  const { t } = useTranslation();
  const tonnes = useTonnes();
  const fateColumns = useFateColumns<FateByEwc>(
    (row, fate) => tonnes(row[`${fate}T`]),
    (name) => `${name} (t)`,
  );
  const columns: NumericColumn<FateByEwc>[] = [
    { key: 'ewc', header: t('reports.table.ewc'), rowHeader: true, className: classes.code, cell: (row) => row.ewcCode ?? t('learningCases.noEwc') },
    ...fateColumns,
  ];
  return (
    <NumericTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.ewcCode ?? 'none'}
      caption={t('learningCases.byEwcTitle')}
      hideCaption
      minWidth={640}
      classNames={{ scroll: classes.scroll, table: classes.table }}
    />
  );
}
