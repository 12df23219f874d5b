import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState, isNotFound, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useLearningCase } from '../../features/reports/api/get-learning-case';
import { FactorList } from '../../features/reports/components/factor-list';
import { ReportSection } from '../../features/reports/components/report-section';
import { FateByCategoryTable, FateByEwcTable, FateChart, FateFiguresGrid } from '../../features/reports/components/learning-case-tables';
import { ApiError } from '../../lib/api-client';
import { useFormat } from '../../lib/format';

/** One completed demolition as a learning case: what was harvested, its fate by category and EWC code, reuse rate and CO2e. */
export function LearningCaseRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const learningCase = useLearningCase(id);
  const back = (
    <Anchor component={Link} to={paths.reports.learningCases.getHref()} size="sm">
      {t('learningCases.back')}
    </Anchor>
  );

  if (learningCase.isPending) return <LoadingState />;
  // A malformed id (400) is as much "not found" to the visitor as an unknown one.
  if (isNotFound(learningCase.error) || (learningCase.error instanceof ApiError && learningCase.error.status === 400)) {
    return (
      <ContentLayout title={t('learningCases.notFoundTitle')} width="narrow">
        <Text>{t('learningCases.notFoundBody')}</Text>
        {back}
      </ContentLayout>
    );
  }
  if (learningCase.isError) return <ErrorState error={learningCase.error} onRetry={() => void learningCase.refetch()} />;

  const { project, byCategory, byEwc, factors } = learningCase.data;
  const facts = [
    [project.address, [project.postcode, project.city].filter(Boolean).join(' ')].join(', '),
    project.organisation.name,
    t(`planned.buildingUses.${project.buildingUse}`),
    project.constructionYear ? t('learningCases.built', { year: project.constructionYear }) : null,
    project.floorAreaM2 ? `${format.number(project.floorAreaM2, { maximumFractionDigits: 1 })} m²` : null,
    project.completedAt ? t('learningCases.completed', { date: format.date(project.completedAt) }) : null,
  ].filter(Boolean);

  return (
    <ContentLayout title={project.title} intro={facts.join(' · ')}>
      <Group>{back}</Group>
      <ReportSection title={t('learningCases.outcomeTitle')}>
        <FateFiguresGrid figures={project} />
        {project.withoutMass > 0 && (
          <Text size="sm" c="dimmed">
            {t('learningCases.withoutMass', { count: project.withoutMass })}
          </Text>
        )}
        <FateChart rows={byCategory} title={t('learningCases.byCategoryTitle')} />
      </ReportSection>
      <ReportSection title={t('learningCases.byCategoryTitle')}>
        <FateByCategoryTable rows={byCategory} />
      </ReportSection>
      <ReportSection title={t('learningCases.byEwcTitle')} intro={t('learningCases.byEwcIntro')}>
        <FateByEwcTable rows={byEwc} />
      </ReportSection>
      <ReportSection title={t('reports.sections.factors')} intro={t('learningCases.factorsIntro')}>
        <FactorList factors={factors} />
      </ReportSection>
    </ContentLayout>
  );
}
