import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PublicWanted } from '@byg360/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { categoryName, type Language } from '../utils/categories';

interface WantedCardProps {
  wanted: PublicWanted;
  language: Language;
  /** Municipality names by code, for "near 3760 (Bornholm)". */
  municipalityName: (code: string) => string | undefined;
  /** Shown beside the title, e.g. the status of one's own post. */
  badge?: ReactNode;
  /** Buttons under the post (one's own posts). */
  actions?: ReactNode;
}

/** A wanted post: what, how much, roughly where, until when — nothing about who. */
export function WantedCard({ wanted, language, municipalityName, badge, actions }: WantedCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const category = wanted.category ? categoryName(wanted.category, language) : null;
  const title = wanted.title ?? category ?? t('wanted.card.savedSearch');
  const { area } = wanted;
  const municipality = area.municipalityCode ? municipalityName(area.municipalityCode) : undefined;
  const where = area.postcode
    ? t(municipality ? 'wanted.card.areaPostcodeMunicipality' : 'wanted.card.areaPostcode', { km: format.number(area.radiusKm), postcode: area.postcode, municipality })
    : t('wanted.card.areaPoint', { km: format.number(area.radiusKm) });

  return (
    <Paper withBorder radius="md" p="md" component="article">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={3} size="h5">
            {title}
          </Title>
          {badge}
        </Group>
        <Group gap={6} wrap="wrap">
          {category && (
            <Badge variant="light" radius="sm" size="sm">
              {category}
            </Badge>
          )}
          {wanted.hasSearch && (
            <Badge variant="outline" color="gray" radius="sm" size="sm">
              {t('wanted.card.savedSearch')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {[
            wanted.quantity && wanted.unit ? t('wanted.card.quantity', { quantity: format.number(wanted.quantity), unit: t(`search.units.${wanted.unit}`) }) : null,
            where,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {wanted.note && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {wanted.note}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {[
            wanted.neededBy ? t('wanted.card.neededBy', { date: format.date(wanted.neededBy) }) : null,
            t('wanted.card.posted', { date: format.date(wanted.createdAt) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {actions}
      </Stack>
    </Paper>
  );
}
