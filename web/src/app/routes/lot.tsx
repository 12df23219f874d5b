import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';

export function LotRoute() {
  const { t } = useTranslation();
  return <ContentLayout title={t('nav.map')}>{null}</ContentLayout>;
}
