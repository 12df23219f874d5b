import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';

export function WantedListRoute() {
  const { t } = useTranslation();
  return <ContentLayout title={t('nav.wanted')}>{null}</ContentLayout>;
}
