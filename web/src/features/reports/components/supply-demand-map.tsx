import { Button, Loader, Stack, Text } from '@mantine/core';
import type { MapClustersResponse, SupplyDemandReport } from '@byg360/shared';
import { divIcon, type LatLngBoundsExpression } from 'leaflet';
import { useEffect, useEffectEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Marker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { MapView } from '../../../components/map/map-view';
import { viewportOf, type MapViewport } from '../../../components/map/view-sync';
import { useFormat } from '../../../lib/format';
import { useLotClusters } from '../api/get-lot-clusters';
import { circleRadius, lotClustersQuery, type AreaFigures, type LatLon } from '../utils/report-data';
import { useReportFormat } from '../utils/report-format';
import mapClasses from './supply-demand-map.module.css';
import classes from './report.module.css';

const SUPPLY = '#009E73';
const UNMET = '#D55E00';
const LOT = '#1f2933';

type LotFeature = MapClustersResponse['features'][number];

interface SupplyDemandMapProps {
  areas: readonly AreaFigures[];
  /** The lots layer shows the lots on the exchange with the report's area and category. */
  filters: Pick<SupplyDemandReport['filters'], 'municipality' | 'postcode' | 'category'>;
  unitLabel: string;
}

/**
 * Supply (potential and listed) and unmet demand per postcode as circles whose area follows the
 * amount, each layer on its own scale; the lots on the exchange as small points, clustered by the
 * server for the view, so that no number of lots makes the map heavy. The table beside it has the figures.
 */
export function SupplyDemandMap({ areas, filters, unitLabel }: SupplyDemandMapProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const numbers = useFormat();
  const helpId = useId();
  const [view, setView] = useState<MapViewport | null>(null);
  const lots = useLotClusters(view ? lotClustersQuery(view, filters) : null);

  const placed = areas.filter((a): a is AreaFigures & { postcode: string; position: LatLon } => a.postcode !== null && a.position !== null);
  const maxSupply = Math.max(0, ...placed.map((a) => a.supply));
  const maxUnmet = Math.max(0, ...placed.map((a) => a.unmet));
  const unplaced = areas.filter((a) => a.postcode === null || a.position === null).filter((a) => a.supply > 0 || a.unmet > 0);

  // Keyed by the positions, so that switching units (new figures, same places) keeps the view.
  const positionsKey = placed.map((a) => `${a.position.lat},${a.position.lon}`).join(';');
  const bounds = useMemo<LatLngBoundsExpression | undefined>(() => {
    if (positionsKey === '') return undefined;
    const points = positionsKey.split(';').map((p) => p.split(',').map(Number) as [number, number]);
    const lats = points.map(([lat]) => lat);
    const lons = points.map(([, lon]) => lon);
    return [
      [Math.min(...lats) - 0.03, Math.min(...lons) - 0.05],
      [Math.max(...lats) + 0.03, Math.max(...lons) + 0.05],
    ];
  }, [positionsKey]);

  const figure = (value: number) => `${format.figure(value, 't')} ${unitLabel}`;

  return (
    <Stack gap="xs">
      <MapView label={t('reports.map.label')} describedBy={helpId} height={420} bounds={bounds} zoom={10}>
        <RefitOnPrint bounds={bounds} />
        <WatchView onView={setView} />
        {lots.data && <LotLayer features={lots.data.features} />}
        {placed.map((area) => {
          const radius = circleRadius(area.supply, maxSupply);
          return radius > 0 ? (
            <CircleMarker
              key={`supply-${area.postcode}`}
              center={[area.position.lat, area.position.lon]}
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
          const radius = circleRadius(area.unmet, maxUnmet);
          return radius > 0 ? (
            <CircleMarker
              key={`unmet-${area.postcode}`}
              center={[area.position.lat, area.position.lon]}
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
        <li data-map-lots>
          <span className={classes.ring} style={{ background: LOT, width: 7, height: 7 }} aria-hidden />
          <span className={`${mapClasses.lotCluster} ${mapClasses.lotClusterSwatch}`} aria-hidden>
            3
          </span>
          {t('reports.map.lots')}
          {lots.data && ` ${t('reports.map.lotsInView', { count: lots.data.total, formatted: numbers.number(lots.data.total) })}`}
          {lots.isFetching && !lots.isError && (
            <span className={`${mapClasses.lotsStatus} ${classes.screenOnly}`} role="status">
              <Loader size={12} aria-hidden />
              <Text span size="sm" c="dimmed">
                {t('reports.map.lotsLoading')}
              </Text>
            </span>
          )}
          {lots.isError && (
            <span className={`${mapClasses.lotsStatus} ${classes.screenOnly}`} role="alert">
              <Text span size="sm" c="dimmed">
                {t('reports.map.lotsFailed')}
              </Text>
              <Button size="compact-xs" variant="default" onClick={() => void lots.refetch()}>
                {t('reports.map.retry')}
              </Button>
            </span>
          )}
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

/** The lots as small dots, clusters as small numbered circles; kept out of the Tab order, as the table has the figures. */
function LotLayer({ features }: { features: readonly LotFeature[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {features.map((feature) => {
        const [lon, lat] = feature.geometry.coordinates;
        if (!feature.properties.cluster) {
          return (
            <CircleMarker
              key={feature.properties.id}
              center={[lat, lon]}
              radius={3}
              pathOptions={{ color: '#ffffff', weight: 1, fillColor: LOT, fillOpacity: 0.9 }}
            >
              <Tooltip>{feature.properties.title}</Tooltip>
            </CircleMarker>
          );
        }
        const { count } = feature.properties;
        const countText = format.number(count);
        return (
          <Marker key={`${lon},${lat},${count}`} position={[lat, lon]} icon={clusterIcon(countText)} keyboard={false}>
            <Tooltip>{t('reports.map.lotCluster', { count, formatted: countText })}</Tooltip>
          </Marker>
        );
      })}
    </>
  );
}

const clusterIcons = new Map<string, ReturnType<typeof divIcon>>();

/** Just wide enough for the number: the layer stays secondary to the postcode circles. */
function clusterIcon(countText: string) {
  let icon = clusterIcons.get(countText);
  if (!icon) {
    const size = Math.max(18, 8 + 6 * countText.length);
    // The formatted number holds only digits and separators: safe as HTML.
    icon = divIcon({ html: `<span>${countText}</span>`, className: mapClasses.lotCluster, iconSize: [size, 18] });
    clusterIcons.set(countText, icon);
  }
  return icon;
}

/** Reports the map's view when it first shows and after every move (drag, zoom, a refit), to load the lots for it. */
function WatchView({ onView }: { onView: (view: MapViewport) => void }) {
  const map = useMap();
  const report = useEffectEvent(() => onView(viewportOf(map)));
  useMapEvents({ moveend: () => report() });
  useEffect(() => report(), []);
  return null;
}

/**
 * Leaflet lays its panes out for the screen; printing narrows the page. Re-fit when print layout
 * starts and ends, so that the printed map shows the same area.
 */
function RefitOnPrint({ bounds }: { bounds: LatLngBoundsExpression | undefined }) {
  const map = useMap();
  // MapContainer reads its bounds once; a report with other postcodes needs the view moved.
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
