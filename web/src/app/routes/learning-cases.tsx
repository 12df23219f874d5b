import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';

export function LearningCasesRoute() {
  const { t } = useTranslation();
  return <ContentLayout title={t('nav.learningCases')}>{null}</ContentLayout>;
}
