import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';

export function WorkspaceImportRoute() {
  const { t } = useTranslation();
  return <ContentLayout title={t('nav.workspace')}>{null}</ContentLayout>;
}
