import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { paths } from '../../config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <ContentLayout title={t('notFound.title')} width="narrow">
      <Text>{t('notFound.body')}</Text>
      <div>
        <Button component={Link} to={paths.home.getHref()}>
          {t('notFound.back')}
        </Button>
      </div>
    </ContentLayout>
  );
}
