import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';

export function ReportsRoute() {
  const { t } = useTranslation();
  return <ContentLayout title={t('nav.reports')}>{null}</ContentLayout>;
}
