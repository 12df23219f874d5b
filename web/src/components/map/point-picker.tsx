import { Button, Group, Input, Stack, Text } from '@mantine/core';
import type { Map as LeafletMap } from 'leaflet';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMapEvents } from 'react-leaflet';
import { useFormat } from '../../lib/format';
import { MapMarker } from './map-marker';
import { BORNHOLM, MapView, type LatLon } from './map-view';

/** The rectangle the server accepts coordinates in (Denmark). */
export const DENMARK = { minLat: 54.4, maxLat: 57.9, minLon: 7.9, maxLon: 15.3 } as const;

const inDenmark = ({ lat, lon }: LatLon) =>
  lat >= DENMARK.minLat && lat <= DENMARK.maxLat && lon >= DENMARK.minLon && lon <= DENMARK.maxLon;

/** Six decimals are about 10 cm: more would only be noise. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

export interface PointPickerProps {
  value: LatLon | null;
  onChange: (value: LatLon | null) => void;
  label: string;
  description?: string;
  error?: string | null;
  /** Where the map opens when no point is set yet. */
  initialCenter?: LatLon;
  height?: number;
  /** Shown while no point is set; says what happens without one. */
  emptyText?: string;
}

/**
 * Picks a point by clicking the map. Keyboard users pan the focused map with the arrow keys and
 * place the point at the centre with a button.
 */
export function PointPicker({ value, onChange, label, description, error, initialCenter = BORNHOLM, height = 300, emptyText }: PointPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const map = useRef<LeafletMap>(null);
  const helpId = useId();
  const [outside, setOutside] = useState(false);

  const pick = (point: LatLon) => {
    const rounded = { lat: round(point.lat), lon: round(point.lon) };
    setOutside(!inDenmark(rounded));
    if (inDenmark(rounded)) onChange(rounded);
  };
  const pickCentre = () => {
    const centre = map.current?.getCenter();
    if (centre) pick({ lat: centre.lat, lon: centre.lng });
  };

  const shownError = outside ? t('mapWidgets.outsideDenmark') : error;
  return (
    <Input.Wrapper label={label} labelElement="div" description={description} error={shownError} size="md">
      <Stack gap="xs" mt={4}>
        <MapView
          mapRef={map}
          center={value ?? initialCenter}
          zoom={value ? 14 : 10}
          height={height}
          label={t('mapWidgets.pickerLabel', { label })}
          describedBy={helpId}
          scrollWheelZoom
        >
          <ClickToPick onPick={pick} />
          {value && <MapMarker position={value} />}
        </MapView>
        <Text id={helpId} size="sm" c="dimmed">
          {t('mapWidgets.pickerHelp')}
        </Text>
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Text size="sm" aria-live="polite">
            {value
              ? t('mapWidgets.chosenPoint', {
                  lat: format.number(value.lat, { maximumFractionDigits: 5 }),
                  lon: format.number(value.lon, { maximumFractionDigits: 5 }),
                })
              : (emptyText ?? t('mapWidgets.noPoint'))}
          </Text>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={pickCentre}>
              {t('mapWidgets.useCentre')}
            </Button>
            {value && (
              <Button variant="subtle" size="xs" onClick={() => onChange(null)}>
                {t('mapWidgets.clearPoint')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}

function ClickToPick({ onPick }: { onPick: (point: LatLon) => void }) {
  useMapEvents({ click: (event) => onPick({ lat: event.latlng.lat, lon: event.latlng.lng }) });
  return null;
}
