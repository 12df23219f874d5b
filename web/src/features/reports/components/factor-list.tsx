import { Stack, Table, Text, Title } from '@mantine/core';
import { archetypeLabels, type ReportFactor } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import classes from './report.module.css';

export interface IntensityRow {
  id: string;
  archetype: string;
  categorySlug: string;
  kgPerM2: string;
  source: string;
}

interface FactorListProps {
  factors: readonly ReportFactor[];
  /** The material intensities behind the potential supply, when the report used any. */
  intensities?: readonly IntensityRow[];
}

/** Every factor behind the figures, with where it comes from, so that each number can be checked. */
export function FactorList({ factors, intensities = [] }: FactorListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const used = factors.filter((f) => f.kgPerUnit !== null || f.co2eKgPerKg !== null || f.source !== null);
  const nameOf = (slug: string) => {
    const factor = factors.find((f) => f.slug === slug);
    return factor ? (language === 'en' ? factor.nameEn : factor.nameDa) : slug;
  };

  return (
    <Stack gap="lg">
      <Table.ScrollContainer minWidth={760} type="native" className={classes.scroll}>
        <Table className={classes.table} captionSide="top" verticalSpacing={6} horizontalSpacing="xs" withTableBorder data-factor-table>
          <Table.Caption className={classes.caption}>{t('reports.factors.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.table.category')}</Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('reports.factors.kgPerUnit')}
              </Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('reports.factors.co2e')}
              </Table.Th>
              <Table.Th scope="col">{t('reports.factors.scope')}</Table.Th>
              <Table.Th scope="col">{t('reports.table.ewc')}</Table.Th>
              <Table.Th scope="col">{t('reports.factors.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {used.map((factor) => (
              <Table.Tr key={factor.categoryId}>
                <Table.Th scope="row" fw={500}>
                  {language === 'en' ? factor.nameEn : factor.nameDa}
                </Table.Th>
                <Table.Td className={classes.num}>
                  {factor.kgPerUnit === null ? '–' : `${format.number(factor.kgPerUnit, { maximumFractionDigits: 4 })} kg/${t(`reports.units.${factor.unit}`)}`}
                </Table.Td>
                <Table.Td className={classes.num}>{factor.co2eKgPerKg === null ? '–' : format.number(factor.co2eKgPerKg, { maximumFractionDigits: 4 })}</Table.Td>
                <Table.Td>{factor.co2eScope ?? '–'}</Table.Td>
                <Table.Td className={classes.code}>{factor.ewcCode ?? '–'}</Table.Td>
                <Table.Td className={classes.source} lang="en">
                  {factor.source ?? t('reports.factors.noSource')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {intensities.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('reports.factors.intensitiesTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reports.factors.intensitiesIntro')}
          </Text>
          <Table.ScrollContainer minWidth={760} type="native" className={classes.scroll}>
            <Table className={classes.table} verticalSpacing={6} horizontalSpacing="xs" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.factors.archetype')}</Table.Th>
                  <Table.Th scope="col">{t('reports.table.category')}</Table.Th>
                  <Table.Th scope="col" className={classes.num}>
                    {t('reports.factors.kgPerM2')}
                  </Table.Th>
                  <Table.Th scope="col">{t('reports.factors.source')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {intensities.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{archetypeLabels[row.archetype]?.[language] ?? row.archetype}</Table.Td>
                    <Table.Td>{nameOf(row.categorySlug)}</Table.Td>
                    <Table.Td className={classes.num}>{format.number(row.kgPerM2, { maximumFractionDigits: 2 })}</Table.Td>
                    <Table.Td className={classes.source} lang="en">
                      {row.source}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
