import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState, LoadingState } from '../../components/query-state';
import { useMunicipalities } from '../../features/auth/api/get-municipalities';
import { useLearningCases } from '../../features/reports/api/get-learning-cases';
import { FactorList } from '../../features/reports/components/factor-list';
import { ReportSection } from '../../features/reports/components/report-section';
import { LearningCaseList } from '../../features/reports/components/learning-case-list';
import { FateByCategoryTable, FateByEwcTable, FateChart, FateFiguresGrid } from '../../features/reports/components/learning-case-tables';

/** Public: completed selective demolitions and what became of their materials, with a summary across them. */
export function LearningCasesRoute() {
  const { t } = useTranslation();
  const cases = useLearningCases();
  const municipalities = useMunicipalities();

  let body;
  if (cases.isPending) body = <LoadingState />;
  else if (cases.isError) body = <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />;
  else {
    const { summary, projects, factors, municipality } = cases.data;
    const area = municipality === null ? t('learningCases.allMunicipalities') : (municipalities.data?.find((m) => m.code === municipality)?.name ?? municipality);
    body = (
      <Stack gap="xl">
        <ReportSection title={t('learningCases.projectsTitle')}>
          <LearningCaseList projects={projects} />
        </ReportSection>
        {summary.projects > 0 && (
          <>
            <ReportSection title={t('learningCases.summaryTitle', { area })} intro={t('learningCases.summaryIntro', { count: summary.projects })}>
              <FateFiguresGrid figures={summary} />
              <FateChart rows={summary.byCategory} title={t('learningCases.byCategoryTitle')} />
            </ReportSection>
            <ReportSection title={t('learningCases.byCategoryTitle')}>
              <FateByCategoryTable rows={summary.byCategory} />
            </ReportSection>
            <ReportSection title={t('learningCases.byEwcTitle')} intro={t('learningCases.byEwcIntro')}>
              <FateByEwcTable rows={summary.byEwc} />
            </ReportSection>
            <ReportSection title={t('reports.sections.factors')} intro={t('learningCases.factorsIntro')}>
              <FactorList factors={factors} />
            </ReportSection>
          </>
        )}
      </Stack>
    );
  }

  return (
    <ContentLayout title={t('learningCases.title')} intro={t('learningCases.intro')}>
      {body}
    </ContentLayout>
  );
}
