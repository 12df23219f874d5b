import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { organisationKinds, type Lot, type OrganisationKind } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MapMarker } from '../../components/map/map-marker';
import { MapView } from '../../components/map/map-view';
import { PageTitle } from '../../components/page-title';
import { ErrorState, isNotFound, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useLot } from '../../features/lots/api/get-lot';
import { LotFacts, LotHazard } from '../../features/lots/components/lot-facts';
import { LotImpact } from '../../features/lots/components/lot-impact';
import { LotStatusBadge } from '../../features/lots/components/lot-status-badge';
import { categoryName } from '../../features/lots/utils/categories';
import { unitLabel } from '../../features/lots/utils/units';
import { PhotoGallery } from '../../features/photos/components/photo-gallery';
import { useProject } from '../../features/projects/api/get-project';
import { ProjectScreening } from '../../features/projects/components/project-facts';
import { LotReservationPanel } from '../../features/reservations/components/lot-reservation-panel';
import { useFormat } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { ResourceNotFound } from '../layout/resource-not-found';
import classes from './lot.module.css';

/** The public page of a lot: photos, every detail, where it is, what it saves, who offers it, and the reserve action. */
export function LotRoute() {
  const { id = '' } = useParams();
  const lot = useLot(id);
  if (lot.isPending) return <LoadingState />;
  if (isNotFound(lot.error)) return <ResourceNotFound kind="lot" />;
  if (lot.isError) return <ErrorState error={lot.error} onRetry={() => void lot.refetch()} />;
  return <LotPage lot={lot.data} />;
}

function LotPage({ lot }: { lot: Lot }) {
  const { t } = useTranslation();
  const format = useFormat();
  const project = useProject(lot.projectId);
  const unit = unitLabel(lot.unit, t);
  const free = Number(lot.priceDkk) === 0;
  const place = [lot.location.postcode, lot.location.city].filter(Boolean).join(' ');

  return (
    <Stack gap="xl">
      <PageTitle title={lot.title} />
      {lot.status !== 'published' && (
        <Alert color={lot.status === 'draft' ? 'yellow' : 'gray'} variant="light">
          <Group gap="sm" justify="space-between" wrap="wrap">
            <Text size="sm">{t(lot.status === 'draft' ? 'lotPage.draftNotice' : 'lotPage.closedNotice')}</Text>
            {lot.canEdit && (
              <Anchor component={Link} to={paths.workspace.editLot.getHref(lot.id)} size="sm">
                {t('lotPage.edit')}
              </Anchor>
            )}
          </Group>
        </Alert>
      )}

      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="light" radius="sm">
            {categoryName(lot.category, currentLanguage())}
          </Badge>
          <Badge variant="outline" radius="sm" color="gray">
            {t('lotPage.conditionBadge', { grade: lot.condition, label: t(`lots.conditions.${lot.condition}.label`) })}
          </Badge>
          {lot.status !== 'published' && <LotStatusBadge status={lot.status} />}
        </Group>
        <Title order={1}>{lot.title}</Title>
        <Text c="dimmed">
          {t('lotPage.offeredBy', { organisation: lot.organisation.name, place })}
        </Text>
      </Stack>

      {/* One column on phones (photos, offer, details, the rest); two from md up. */}
      <div className={classes.layout}>
        <div className={classes.gallery}>
          <PhotoGallery photos={lot.photos} title={lot.title} />
        </div>

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="offer-title" className={classes.offer}>
          <Stack gap="sm">
            <Title order={2} size="h4" id="offer-title">
              {t('lotPage.offer')}
            </Title>
            <Text fw={700} fz={28} lh={1.1} data-testid="lot-price">
              {free ? t('lots.free') : t('lots.pricePerUnit', { price: format.dkk(lot.priceDkk), unit })}
            </Text>
            <LotReservationPanel lot={lot} />
          </Stack>
        </Paper>

        <Stack gap="xl" className={classes.details}>
          {lot.description && (
            <section aria-labelledby="description-title">
              <Title order={2} size="h3" id="description-title" mb="xs">
                {t('lotPage.description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{lot.description}</Text>
            </section>
          )}
          <section aria-labelledby="facts-title">
            <Title order={2} size="h3" id="facts-title" mb="xs">
              {t('lotPage.details')}
            </Title>
            <LotFacts lot={lot} />
          </section>
          <section aria-labelledby="hazard-title">
            <Title order={2} size="h3" id="hazard-title" mb="xs">
              {t('lotPage.hazard')}
            </Title>
            <Stack gap="md">
              <LotHazard lot={lot} />
              {project.data && (
                <div>
                  <Title order={3} size="h5" mb={4}>
                    {t('lotPage.screening')}
                  </Title>
                  <ProjectScreening project={project.data} />
                </div>
              )}
            </Stack>
          </section>
        </Stack>

        <Stack gap="lg" className={classes.aside}>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="impact-title" bg="var(--mantine-primary-color-light)">
            <Title order={2} size="h4" id="impact-title" mb="sm">
              {t('lotPage.impact')}
            </Title>
            <LotImpact lot={lot} />
          </Paper>

          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="seller-title">
            <Title order={2} size="h4" id="seller-title" mb="xs">
              {t('lotPage.seller')}
            </Title>
            <Text fw={600}>{lot.organisation.name}</Text>
            <Text size="sm" c="dimmed">
              {isOrganisationKind(lot.organisation.kind) ? t(`organisationKinds.${lot.organisation.kind}`) : lot.organisation.kind}
            </Text>
            <Text size="sm" mt="xs">
              {t('lotPage.contactNote')}
            </Text>
          </Paper>

          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="where-title">
            <Title order={2} size="h4" id="where-title" mb="xs">
              {t('lotPage.where')}
            </Title>
            <Text size="sm" mb="sm">
              {t('lotPage.whereText', { place })}
            </Text>
            <MapView center={lot.location} zoom={12} height={240} label={t('lotPage.mapLabel', { title: lot.title })}>
              <MapMarker position={lot.location} />
            </MapView>
          </Paper>

          <Button component={Link} to={paths.map.getHref()} variant="subtle" w="fit-content">
            {t('lotPage.backToMap')}
          </Button>
        </Stack>
      </div>
    </Stack>
  );
}

const isOrganisationKind = (kind: string): kind is OrganisationKind => (organisationKinds as readonly string[]).includes(kind);
