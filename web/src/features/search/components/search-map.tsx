import { Button, Group, Loader, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { Bbox, Category, MapClustersResponse, SearchHit } from '@byg360/shared';
import { latLngBounds, point, type Map as LeafletMap } from 'leaflet';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Circle, Popup, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { Link } from 'react-router';
import { CountMarker, DotMarker } from '../../../components/map/focusable-markers';
import { MapMarker } from '../../../components/map/map-marker';
import { MapView } from '../../../components/map/map-view';
import { toLeafletBounds, ViewSync, type MapViewport } from '../../../components/map/view-sync';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useMapClusters } from '../api/get-map-clusters';
import { categoryName, type Language } from '../utils/facets';
import { circleBbox, roundBbox, wholeZoom } from '../../../lib/geo';
import { bboxText, DEFAULT_RADIUS_KM, filterQuery, type SearchState } from '../utils/search-state';
import { unitLabel } from '../utils/units';
import classes from './search.module.css';

/** From this zoom the server shows lots at the same spot one by one rather than as a cluster. */
const SPLIT_ZOOM = 16;
const MAX_ZOOM = 18;
/** Moves come in bursts (arrow keys, a fling); the URL and the list follow once the map rests. */
const SETTLE_MS = 250;

type Feature = MapClustersResponse['features'][number];
type ClusterFeature = Extract<Feature, { properties: { cluster: true } }>;
type LotFeature = Extract<Feature, { properties: { cluster: false } }>;

interface SearchMapProps {
  state: SearchState;
  categories: readonly Category[];
  language: Language;
  /** The lot pointed at in the list, marked on the map. */
  highlighted: SearchHit | null;
  /** False while the map is hidden (phones showing the list). */
  active: boolean;
  height: string;
  /** The view the user moved to, rounded for the URL. */
  onUserMove: (bbox: Bbox) => void;
}

/** The search map: server-side clusters for the view and zoom, single lots with a popup, "near me" as a circle. */
export function SearchMap({ state, categories, language, highlighted, active, height, onUserMove }: SearchMapProps) {
  const { t } = useTranslation();
  const helpId = useId();
  const [view, setView] = useState<MapViewport | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const radiusKm = state.radiusKm ?? DEFAULT_RADIUS_KM;
  const target = state.bbox ?? (state.near ? circleBbox(state.near, radiusKm) : null);
  const clusters = useMapClusters(
    view && active ? { ...filterQuery(state), bbox: bboxText(roundBbox(view.bbox)), zoom: wholeZoom(view.zoom) } : null,
  );

  const userMove = (moved: MapViewport) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onUserMove(roundBbox(moved.bbox)), SETTLE_MS);
  };

  return (
    <div className={classes.mapWrap}>
      <MapView
        label={t('map.label')}
        describedBy={helpId}
        bounds={target ? toLeafletBounds(target) : undefined}
        height={height}
        scrollWheelZoom
      >
        <ViewSync bounds={target} active={active} onView={setView} onUserMove={userMove} />
        {clusters.data && <Features features={clusters.data.features} categories={categories} language={language} />}
        {state.near && (
          <>
            <Circle
              center={[state.near.lat, state.near.lon]}
              radius={radiusKm * 1000}
              interactive={false}
              pathOptions={{ color: '#2f7d4f', weight: 2, fillOpacity: 0.05, dashArray: '6 6' }}
            />
            <MapMarker position={state.near} label={t('map.yourPlace')} />
          </>
        )}
        {highlighted && <DotMarker position={highlighted.location} label={highlighted.title} highlighted />}
      </MapView>
      <VisuallyHidden id={helpId}>{t('map.help')}</VisuallyHidden>
      {(clusters.isFetching || clusters.isError) && (
        <Paper className={classes.mapStatus} shadow="sm" p="xs" radius="md" role={clusters.isError ? 'alert' : 'status'}>
          {clusters.isError ? (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm">{t('map.failed')}</Text>
              <Button size="compact-sm" variant="default" onClick={() => void clusters.refetch()}>
                {t('map.retry')}
              </Button>
            </Group>
          ) : (
            <Group gap="xs" wrap="nowrap">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t('map.loading')}</Text>
            </Group>
          )}
        </Paper>
      )}
    </div>
  );
}

function Features({ features, categories, language }: { features: Feature[]; categories: readonly Category[]; language: Language }) {
  const { t } = useTranslation();
  const format = useFormat();
  const map = useMap();
  const names = new Map(categories.map((c) => [c.slug, categoryName(c, language)]));

  usePopupFocus();

  const clusters = features.filter((f): f is ClusterFeature => f.properties.cluster);
  // Lots of one project share its coordinates: one marker per spot, with all of them in its popup.
  const spots = new Map<string, LotFeature[]>();
  for (const f of features) {
    if (f.properties.cluster) continue;
    const key = f.geometry.coordinates.join(',');
    spots.set(key, [...(spots.get(key) ?? []), f as LotFeature]);
  }

  return (
    <>
      {clusters.map((f) => {
        const [lon, lat] = f.geometry.coordinates;
        const { count } = f.properties;
        const breakdown = Object.entries(f.properties.categories)
          .sort((a, b) => b[1] - a[1])
          .map(([slug, n]) => `${names.get(slug) ?? slug} ${format.number(n)}`);
        return (
          <CountMarker
            key={`${lon},${lat},${count}`}
            position={{ lat, lon }}
            count={count}
            countText={format.number(count)}
            label={t('map.cluster', { count, formatted: format.number(count) })}
            onActivate={() => zoomInto(map, f)}
          >
            <Tooltip direction="top" offset={[0, -16]}>
              <Text size="sm" fw={600}>
                {t('map.cluster', { count, formatted: format.number(count) })}
              </Text>
              {breakdown.map((line) => (
                <Text size="xs" key={line}>
                  {line}
                </Text>
              ))}
            </Tooltip>
          </CountMarker>
        );
      })}
      {[...spots.entries()].map(([key, lots]) => {
        const [lon, lat] = lots[0]!.geometry.coordinates;
        const popup = (
          <Popup>
            <LotPopup lots={lots} />
          </Popup>
        );
        return lots.length === 1 ? (
          <DotMarker key={key} position={{ lat, lon }} label={lots[0]!.properties.title}>
            {popup}
          </DotMarker>
        ) : (
          <CountMarker
            key={key}
            variant="group"
            position={{ lat, lon }}
            count={lots.length}
            countText={format.number(lots.length)}
            label={t('map.spot', { count: lots.length })}
          >
            {popup}
          </CountMarker>
        );
      })}
    </>
  );
}

function LotPopup({ lots }: { lots: LotFeature[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const map = useMap();
  return (
    // Leaflet closes popups on Escape only while the map itself has focus.
    <Stack gap={8} className={classes.popup} onKeyDown={(event) => event.key === 'Escape' && map.closePopup()}>
      {lots.map(({ properties: lot }) => (
        <div key={lot.id}>
          <Link to={paths.lot.getHref(lot.id)} className={classes.popupLink}>
            {lot.title}
          </Link>
          <Text size="xs" c="dimmed">
            {t('search.result.left', { quantity: format.number(lot.quantityLeft), unit: unitLabel(lot.unit, t) })}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/**
 * A popup opens at the end of the map's DOM, far from its marker in the Tab order: focus moves to
 * its first link, and back to the marker when it closes (Escape, the close button).
 */
function usePopupFocus() {
  const opener = useRef<HTMLElement | null>(null);
  useMapEvents({
    popupopen: (event) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // On the first opening React renders the popup's content a moment later.
      const focusFirstLink = (tries: number) => {
        const link = event.popup.getElement()?.querySelector<HTMLElement>('.leaflet-popup-content a');
        if (link) link.focus({ preventScroll: true });
        else if (tries > 0) requestAnimationFrame(() => focusFirstLink(tries - 1));
      };
      focusFirstLink(5);
    },
    popupclose: (event) => {
      const active = document.activeElement;
      const inPopup = active !== null && event.popup.getElement()?.contains(active);
      if (opener.current?.isConnected && (active === null || active === document.body || inPopup)) opener.current.focus({ preventScroll: true });
      opener.current = null;
    },
  });
}

/** A click on a cluster zooms to its lots; lots at one spot need the zoom at which the server splits them. */
function zoomInto(map: LeafletMap, feature: ClusterFeature) {
  const [minLon, minLat, maxLon, maxLat] = feature.properties.bbox;
  const [lon, lat] = feature.geometry.coordinates;
  const zoom = map.getZoom();
  const spread = maxLon - minLon > 1e-6 || maxLat - minLat > 1e-6;
  // The cluster's marker goes away as the map zooms; keyboard users carry on from the map itself.
  map.getContainer().focus({ preventScroll: true });
  if (spread) {
    const bounds = latLngBounds([minLat, minLon], [maxLat, maxLon]);
    if (map.getBoundsZoom(bounds, false, point(64, 64)) > zoom) {
      map.fitBounds(bounds, { padding: [32, 32], maxZoom: MAX_ZOOM });
      return;
    }
  }
  map.setView([lat, lon], Math.min(MAX_ZOOM, Math.max(zoom + 2, spread ? 0 : SPLIT_ZOOM)));
}
