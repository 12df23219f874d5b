import { Stack, Text } from '@mantine/core';
import type { LatLngBoundsExpression } from 'leaflet';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Tooltip, useMap } from 'react-leaflet';
import { MapView } from '../../../components/map/map-view';
import type { LotFeature } from '../api/get-lots-geojson';
import { circleRadius, type AreaFigures, type LatLon } from '../utils/report-data';
import { useReportFormat } from '../utils/report-format';
import classes from './report.module.css';

const SUPPLY = '#009E73';
const UNMET = '#D55E00';
const LOT = '#1f2933';

interface SupplyDemandMapProps {
  areas: readonly AreaFigures[];
  places: ReadonlyMap<string, LatLon>;
  lots: readonly LotFeature[];
  unitLabel: string;
}

/**
 * Supply (potential and listed) and unmet demand per postcode as circles whose area follows the
 * amount, each layer on its own scale; the listed lots as small points. The table beside it has the figures.
 */
export function SupplyDemandMap({ areas, places, lots, unitLabel }: SupplyDemandMapProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const helpId = useId();
  const placed = areas.filter((a): a is AreaFigures & { postcode: string } => a.postcode !== null && places.has(a.postcode));
  const maxSupply = Math.max(0, ...placed.map((a) => a.supply));
  const maxUnmet = Math.max(0, ...placed.map((a) => a.unmet));
  const unplaced = areas.filter((a) => a.postcode === null || !places.has(a.postcode)).filter((a) => a.supply > 0 || a.unmet > 0);

  const bounds = useMemo<LatLngBoundsExpression | undefined>(() => {
    const points = [...places.values(), ...lots.map((l) => ({ lat: l.geometry.coordinates[1], lon: l.geometry.coordinates[0] }))];
    if (points.length === 0) return undefined;
    const lats = points.map((p) => p.lat);
    const lons = points.map((p) => p.lon);
    return [
      [Math.min(...lats) - 0.03, Math.min(...lons) - 0.05],
      [Math.max(...lats) + 0.03, Math.max(...lons) + 0.05],
    ];
  }, [places, lots]);

  const figure = (value: number) => `${format.figure(value, 't')} ${unitLabel}`;

  return (
    <Stack gap="xs">
      <MapView label={t('reports.map.label')} describedBy={helpId} height={420} bounds={bounds} zoom={10}>
        <RefitOnPrint bounds={bounds} />
        {placed.map((area) => {
          const place = places.get(area.postcode)!;
          const radius = circleRadius(area.supply, maxSupply);
          return radius > 0 ? (
            <CircleMarker
              key={`supply-${area.postcode}`}
              center={[place.lat, place.lon]}
              radius={radius}
              pathOptions={{ color: SUPPLY, weight: 1, fillColor: SUPPLY, fillOpacity: 0.35 }}
            >
              <Tooltip>
                <strong>{area.postcode}</strong>
                <br />
                {t('reports.measures.potential')}: {figure(area.potential)}
                <br />
                {t('reports.measures.listed')}: {figure(area.listed)}
              </Tooltip>
            </CircleMarker>
          ) : null;
        })}
        {placed.map((area) => {
          const place = places.get(area.postcode)!;
          const radius = circleRadius(area.unmet, maxUnmet);
          return radius > 0 ? (
            <CircleMarker
              key={`unmet-${area.postcode}`}
              center={[place.lat, place.lon]}
              radius={radius}
              pathOptions={{ color: UNMET, weight: 3, fillColor: UNMET, fillOpacity: 0.12, dashArray: '5 4' }}
            >
              <Tooltip>
                <strong>{area.postcode}</strong>
                <br />
                {t('reports.measures.demand')}: {figure(area.demand)}
                <br />
                {t('reports.measures.unmet')}: {figure(area.unmet)}
              </Tooltip>
            </CircleMarker>
          ) : null;
        })}
        {lots.map((lot) => (
          <CircleMarker
            key={lot.id}
            center={[lot.geometry.coordinates[1], lot.geometry.coordinates[0]]}
            radius={3}
            pathOptions={{ color: '#ffffff', weight: 1, fillColor: LOT, fillOpacity: 0.9 }}
          >
            <Tooltip>{lot.properties.title}</Tooltip>
          </CircleMarker>
        ))}
      </MapView>
      <ul className={classes.legend} id={helpId}>
        <li>
          <span className={classes.ring} style={{ background: `${SUPPLY}59`, border: `1px solid ${SUPPLY}` }} aria-hidden />
          {t('reports.map.supply')}
        </li>
        <li>
          <span className={classes.ring} style={{ border: `3px dashed ${UNMET}` }} aria-hidden />
          {t('reports.map.unmet')}
        </li>
        <li>
          <span className={classes.ring} style={{ background: LOT, width: 7, height: 7 }} aria-hidden />
          {t('reports.map.lots')}
        </li>
        <li>{t('reports.map.scaleNote')}</li>
      </ul>
      {unplaced.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('reports.map.unplaced', { postcodes: unplaced.map((a) => a.postcode ?? t('reports.areas.noPostcode')).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Leaflet lays its panes out for the screen; printing narrows the page. Re-fit when print layout
 * starts and ends, so that the printed map shows the same area.
 */
function RefitOnPrint({ bounds }: { bounds: LatLngBoundsExpression | undefined }) {
  const map = useMap();
  // MapContainer reads its bounds once; points that arrive later (lots, planned demolitions) widen them.
  useEffect(() => {
    if (bounds) map.fitBounds(bounds, { animate: false });
  }, [map, bounds]);
  useEffect(() => {
    const refit = () => {
      map.invalidateSize({ animate: false });
      if (bounds) map.fitBounds(bounds, { animate: false });
    };
    const print = window.matchMedia('print');
    print.addEventListener('change', refit);
    window.addEventListener('beforeprint', refit);
    window.addEventListener('afterprint', refit);
    return () => {
      print.removeEventListener('change', refit);
      window.removeEventListener('beforeprint', refit);
      window.removeEventListener('afterprint', refit);
    };
  }, [map, bounds]);
  return null;
}
