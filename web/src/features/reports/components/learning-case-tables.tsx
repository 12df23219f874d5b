import { SimpleGrid, Table, Text } from '@mantine/core';
import type { learningCaseCategorySchema, learningCaseEwcSchema, Unit } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { FigureCard } from '../../../components/figure-card';
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

/** What was harvested per category and what became of it, in the lots' unit where one applies and in tonnes. */
export function FateByCategoryTable({ rows }: { rows: readonly FateByCategory[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reportFormat = useReportFormat();
  const tonnes = useTonnes();
  const language = currentLanguage();
  const cell = (quantity: string | null, mass: string, unit: Unit | null) => (
    <>
      {tonnes(mass)} t
      {quantity !== null && unit && (
        <Text span size="xs" c="dimmed" display="block">
          {format.number(quantity, { maximumFractionDigits: 2 })} {t(`reports.units.${unit}`)}
        </Text>
      )}
    </>
  );
  return (
    <Table.ScrollContainer minWidth={860} type="native" className={classes.scroll}>
      <Table className={classes.table} verticalSpacing={6} horizontalSpacing="xs" withTableBorder data-fate-table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.table.category')}</Table.Th>
            <Table.Th scope="col">{t('reports.table.ewc')}</Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('learningCases.fate.harvested')}
            </Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('learningCases.fate.reused')}
            </Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('learningCases.fate.recycled')}
            </Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('learningCases.fate.disposed')}
            </Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('learningCases.fate.reuseRate')}
            </Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('learningCases.fate.co2eShort')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.categoryId}>
              <Table.Th scope="row" fw={500}>
                {language === 'en' ? row.nameEn : row.nameDa}
              </Table.Th>
              <Table.Td className={classes.code}>{row.ewcCode ?? '–'}</Table.Td>
              <Table.Td className={classes.num}>{cell(row.harvestedQuantity, row.harvestedT, row.unit)}</Table.Td>
              <Table.Td className={classes.num}>{cell(row.reusedQuantity, row.reusedT, row.unit)}</Table.Td>
              <Table.Td className={classes.num}>{cell(row.recycledQuantity, row.recycledT, row.unit)}</Table.Td>
              <Table.Td className={classes.num}>{cell(row.disposedQuantity, row.disposedT, row.unit)}</Table.Td>
              <Table.Td className={classes.num}>{reportFormat.rate(row.reuseRate)}</Table.Td>
              <Table.Td className={classes.num}>{tonnes(row.reusedTCo2e)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The same by EU waste-list code: what a waste report to the municipality counts in. */
export function FateByEwcTable({ rows }: { rows: readonly FateByEwc[] }) {
  const { t } = useTranslation();
  const reportFormat = useReportFormat();
  const tonnes = useTonnes();
  return (
    <Table.ScrollContainer minWidth={640} type="native" className={classes.scroll}>
      <Table className={classes.table} verticalSpacing={6} horizontalSpacing="xs" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.table.ewc')}</Table.Th>
            {(['harvested', 'reused', 'recycled', 'disposed'] as const).map((fate) => (
              <Table.Th key={fate} scope="col" className={classes.num}>
                {t(`learningCases.fate.${fate}`)} (t)
              </Table.Th>
            ))}
            <Table.Th scope="col" className={classes.num}>
              {t('learningCases.fate.reuseRate')}
            </Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('learningCases.fate.co2eShort')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.ewcCode ?? 'none'}>
              <Table.Th scope="row" fw={500} className={classes.code}>
                {row.ewcCode ?? t('learningCases.noEwc')}
              </Table.Th>
              <Table.Td className={classes.num}>{tonnes(row.harvestedT)}</Table.Td>
              <Table.Td className={classes.num}>{tonnes(row.reusedT)}</Table.Td>
              <Table.Td className={classes.num}>{tonnes(row.recycledT)}</Table.Td>
              <Table.Td className={classes.num}>{tonnes(row.disposedT)}</Table.Td>
              <Table.Td className={classes.num}>{reportFormat.rate(row.reuseRate)}</Table.Td>
              <Table.Td className={classes.num}>{tonnes(row.reusedTCo2e)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
