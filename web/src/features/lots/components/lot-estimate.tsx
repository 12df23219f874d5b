import { Group, Paper, Stack, Text } from '@mantine/core';
import type { Category, Unit } from '@byg360/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { estimateLot } from '../utils/estimate';
import { massParts, unitLabel } from '../utils/units';

interface LotEstimateProps {
  category: Category | undefined;
  quantity: string;
  unit: Unit | null;
}

/** The mass and CO2e of the lot as typed, from the category's factors; announced politely as it changes. */
export function LotEstimate({ category, quantity, unit }: LotEstimateProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const estimate = estimateLot(category, quantity, unit);

  let body: ReactNode;
  if (estimate.missing === 'quantity') {
    body = <Text size="sm">{t('lots.estimate.waiting')}</Text>;
  } else if (estimate.missing === 'unit' || !estimate.kg) {
    body = (
      <Text size="sm">
        {t('lots.estimate.noMass', { unit: category ? unitLabel(category.defaultUnit, t) : '' })}
      </Text>
    );
  } else {
    const mass = massParts(estimate.kg);
    body = (
      <Group gap="xl" align="flex-start" wrap="wrap">
        <Figure label={t('lots.estimate.mass')} value={`≈ ${format.number(mass.value, { maximumFractionDigits: 1 })} ${mass.unit}`} />
        {estimate.co2eKg ? (
          <Figure
            label={t('lots.estimate.co2e')}
            value={`≈ ${format.number(estimate.co2eKg, { maximumFractionDigits: 1 })} ${t('lots.estimate.co2eUnit')}`}
          />
        ) : (
          <Text size="sm" maw={320}>
            {t('lots.estimate.noCo2eFactor')}
          </Text>
        )}
      </Group>
    );
  }

  return (
    <Paper p="md" radius="md" bg="var(--mantine-primary-color-light)" aria-live="polite" data-testid="lot-estimate">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('lots.estimate.title')}
        </Text>
        {body}
        <Text size="xs" c="dimmed">
          {t('lots.estimate.note')}
        </Text>
      </Stack>
    </Paper>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </div>
  );
}
