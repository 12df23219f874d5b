import type { Wanted } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { ErrorState, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';
import { useCategories } from '../../features/lots/api/get-categories';
import { WantedForm } from '../../features/wanted/components/wanted-form';
import { currentLanguage } from '../../lib/i18n';
import { notify } from '../../lib/notify';

/** "Post wanted" for any logged-in user; visitors log in first and come back. */
export function WantedNewRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useUser();
  const categories = useCategories();

  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={paths.auth.login.getHref(`${location.pathname}${location.search}`)} replace />;

  const saved = (_wanted: Wanted) => {
    notify(t('wanted.form.saved'));
    void navigate(`${paths.wanted.list.getHref()}?tab=mine`);
  };

  return (
    <ContentLayout title={t('wanted.form.title')} intro={t('wanted.form.intro')} width="narrow">
      {categories.isError ? (
        <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />
      ) : (
        <WantedForm
          categories={categories.data ?? []}
          categoriesLoading={categories.isPending}
          language={currentLanguage()}
          onSaved={saved}
          cancelHref={paths.wanted.list.getHref()}
        />
      )}
    </ContentLayout>
  );
}
