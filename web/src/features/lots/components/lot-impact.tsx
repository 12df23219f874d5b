import { Group, Stack, Text } from '@mantine/core';
import type { Lot } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { massParts } from '../utils/units';

/** The CO2e the lot saves when reused, and its estimated mass, from the category's factors. */
export function LotImpact({ lot }: { lot: Pick<Lot, 'co2eKg' | 'estimatedKg'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const mass = lot.estimatedKg ? massParts(lot.estimatedKg) : null;
  const co2e = lot.co2eKg ? massParts(lot.co2eKg) : null;
  return (
    <Stack gap="sm">
      <Group gap="xl" align="flex-start" wrap="wrap">
        <div>
          <Text size="sm" c="dimmed">
            {t('lots.impact.co2e')}
          </Text>
          <Text fw={700} fz={28} lh={1.2}>
            {co2e ? `≈ ${format.number(co2e.value, { maximumFractionDigits: 1 })} ${co2e.unit}` : t('lots.impact.unknown')}
          </Text>
          {co2e && (
            <Text size="sm">{t('lots.impact.co2eUnit')}</Text>
          )}
        </div>
        <div>
          <Text size="sm" c="dimmed">
            {t('lots.impact.mass')}
          </Text>
          <Text fw={700} fz={28} lh={1.2}>
            {mass ? `≈ ${format.number(mass.value, { maximumFractionDigits: 1 })} ${mass.unit}` : t('lots.impact.unknown')}
          </Text>
        </div>
      </Group>
      <Text size="xs" c="dimmed">
        {t('lots.impact.note')}
      </Text>
    </Stack>
  );
}
