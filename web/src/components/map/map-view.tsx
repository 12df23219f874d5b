import 'leaflet/dist/leaflet.css';
import { Box, type BoxProps } from '@mantine/core';
import type { LatLngBoundsExpression, LatLngExpression, Map as LeafletMap } from 'leaflet';
import { useEffect, type ReactNode, type Ref } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { useClientConfig } from '../../lib/client-config';
import classes from './map.module.css';

export type LatLon = { lat: number; lon: number };

/** The middle of Bornholm, where the exchange starts. */
export const BORNHOLM: LatLon = { lat: 55.13, lon: 14.92 };

const ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

export interface MapViewProps extends Omit<BoxProps, 'children'> {
  /** The initial view; change it later with `FitView` or the map ref. */
  center?: LatLon;
  zoom?: number;
  /** Fits these bounds instead of `center`/`zoom`. */
  bounds?: LatLngBoundsExpression;
  /** CSS height of the map; the width follows the container. */
  height?: number | string;
  /** Read out for the map itself, which keyboard users can focus and pan with the arrow keys. */
  label: string;
  /** Id of an element that explains how to use the map. */
  describedBy?: string;
  /** Overrides the tile URL from the server's configuration. */
  tileUrl?: string;
  scrollWheelZoom?: boolean;
  mapRef?: Ref<LeafletMap>;
  children?: ReactNode;
}

/** A Leaflet map with the deployment's tiles. */
export function MapView({
  center = BORNHOLM,
  zoom = 10,
  bounds,
  height = 280,
  label,
  describedBy,
  tileUrl,
  scrollWheelZoom = false,
  mapRef,
  children,
  ...boxProps
}: MapViewProps) {
  const config = useClientConfig();
  const url = tileUrl ?? config.data?.tileUrl;
  return (
    <Box {...boxProps} className={classes.frame} style={{ height }}>
      <MapContainer
        ref={mapRef}
        center={toLatLng(center)}
        zoom={zoom}
        bounds={bounds}
        scrollWheelZoom={scrollWheelZoom}
        className={classes.map}
      >
        <AccessibleName label={label} describedBy={describedBy} />
        {url && <TileLayer url={url} attribution={ATTRIBUTION} />}
        {children}
      </MapContainer>
    </Box>
  );
}

export const toLatLng = (point: LatLon): LatLngExpression => [point.lat, point.lon];

/** Leaflet makes its container focusable; give it a name, and a description of how to use it. */
function AccessibleName({ label, describedBy }: { label: string; describedBy?: string | undefined }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    if (describedBy) container.setAttribute('aria-describedby', describedBy);
    else container.removeAttribute('aria-describedby');
  }, [map, label, describedBy]);
  return null;
}

/** Moves the view when `center` changes after the first render (MapContainer only reads it once). */
export function FitView({ center, zoom }: { center: LatLon; zoom?: number }) {
  const map = useMap();
  const { lat, lon } = center;
  useEffect(() => {
    map.setView([lat, lon], zoom ?? map.getZoom());
  }, [map, lat, lon, zoom]);
  return null;
}
