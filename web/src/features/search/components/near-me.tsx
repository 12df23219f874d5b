import { Button, CloseButton, Group, Select } from '@mantine/core';
import type { GeoPoint } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundPoint } from '../../../lib/geo';

export type LocateError = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

const radii = [5, 10, 25, 50, 100] as const;

interface NearMeProps {
  near: GeoPoint | null;
  radiusKm: number | null;
  onLocate: (point: GeoPoint) => void;
  onRadius: (radiusKm: number) => void;
  onClear: () => void;
  onError: (error: LocateError | null) => void;
}

/** "Near me": the browser's position (asked for only on a click) as `near`, with a radius to choose. */
export function NearMe({ near, radiusKm, onLocate, onRadius, onClear, onError }: NearMeProps) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);

  const locate = () => {
    if (!('geolocation' in navigator)) {
      onError('unsupported');
      return;
    }
    setLocating(true);
    onError(null);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onLocate(roundPoint({ lat: position.coords.latitude, lon: position.coords.longitude }));
      },
      (error) => {
        setLocating(false);
        onError(error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable');
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
    );
  };

  if (!near) {
    return (
      <Button variant="default" onClick={locate} loading={locating}>
        {t('search.near.button')}
      </Button>
    );
  }
  const options = [...new Set([...radii, radiusKm ?? 10])].sort((a, b) => a - b);
  return (
    <Group gap={4} wrap="nowrap">
      <Select
        aria-label={t('search.near.radiusLabel')}
        data={options.map((km) => ({ value: String(km), label: t('search.near.within', { km }) }))}
        value={String(radiusKm ?? 10)}
        onChange={(value) => value && onRadius(Number(value))}
        allowDeselect={false}
        w={170}
        size="sm"
      />
      <CloseButton aria-label={t('search.near.clear')} onClick={onClear} />
    </Group>
  );
}
