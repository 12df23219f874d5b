import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';

export function NotificationsRoute() {
  const { t } = useTranslation();
  return <ContentLayout title={t('nav.reservations')}>{null}</ContentLayout>;
}
