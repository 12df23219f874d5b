import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContentLayout } from '../../components/content-layout';

/** Shown when a page throws while rendering; the header around it keeps working. */
export function ErrorRoute() {
  const { t } = useTranslation();
  return (
    <ContentLayout title={t('errorPage.title')} width="narrow">
      <Text>{t('errorPage.body')}</Text>
      <div>
        <Button onClick={() => window.location.reload()}>{t('errorPage.reload')}</Button>
      </div>
    </ContentLayout>
  );
}
