import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';
import { NotificationList } from '../../features/notifications/components/notification-list';

export function NotificationsRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useUser();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={paths.auth.login.getHref(`${location.pathname}${location.search}`)} replace />;
  return (
    <ContentLayout title={t('notifications.title')} intro={t('notifications.intro')} width="narrow">
      <NotificationList role={me.data.role} />
    </ContentLayout>
  );
}
