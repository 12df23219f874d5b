import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '../../components/content-layout';
import { paths } from '../../config/paths';

/** A friendly 404 for a project or lot that does not exist, or that the visitor may not see. */
export function ResourceNotFound({ kind }: { kind: 'project' | 'lot' }) {
  const { t } = useTranslation();
  return (
    <ContentLayout title={t(`workspace.notFound.${kind}Title`)} width="narrow">
      <Text>{t(`workspace.notFound.${kind}Body`)}</Text>
      <div>
        <Button component={Link} to={kind === 'lot' ? paths.map.getHref() : paths.workspace.dashboard.getHref()}>
          {t(`workspace.notFound.${kind}Back`)}
        </Button>
      </div>
    </ContentLayout>
  );
}
