import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';

export function WorkspaceProjectRoute() {
  const { t } = useTranslation();
  return <ContentLayout title={t('nav.workspace')}>{null}</ContentLayout>;
}
